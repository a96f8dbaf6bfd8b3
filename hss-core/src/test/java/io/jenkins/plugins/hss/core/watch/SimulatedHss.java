package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The watcher against the simulator over loopback HTTP, with the real {@link HssClient}, on one
 * simulated clock: the simulator's scans, the client's signatures and token expiry, and the
 * watcher's {@link VirtualTimeScheduler} (its polls, retries and pauses) all read the same
 * {@link MutableClock}, so minutes of waiting take milliseconds and no test sleeps.
 */
final class SimulatedHss implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    static final HssCredentials ACCESS_KEY =
            AccessKeyCredentials.of(HssSimulator.DEMO_ACCESS_KEY, HssSimulator.DEMO_SECRET_KEY);

    final MutableClock clock = new MutableClock(START);
    final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, clock::advance);
    final List<WatchEvent> events = new CopyOnWriteArrayList<>();
    final HssSimulator hss;
    private final HssCredentials credentials;
    private final List<HssClient> clients = new CopyOnWriteArrayList<>();

    SimulatedHss(Scenario scenario) {
        this(scenario, simulator -> { }, ACCESS_KEY);
    }

    SimulatedHss(Scenario scenario, Consumer<HssSimulator.Builder> options, HssCredentials credentials) {
        HssSimulator.Builder builder = HssSimulator.builder().clock(clock).scenario(scenario);
        options.accept(builder);
        this.hss = builder.start();
        this.credentials = credentials;
    }

    /** A new client, as a face makes one, on the simulated clock. */
    HssClient client(CallListener listener) {
        HssClient client = HssClient.builder()
                .endpoint(HssEndpoints.single(hss.baseUrl()))
                .credentials(credentials)
                .clock(clock)
                .tokenCache(new TokenCache())
                .callListener(listener)
                .build();
        clients.add(client);
        return client;
    }

    /** An engine as a controller keeps one, on the simulated time. */
    HssEngine engine(CallBudget budget) {
        return engine(clock, budget);
    }

    /** An engine on {@code time}, its tasks on the simulated scheduler. */
    HssEngine engine(java.time.Clock time, CallBudget budget) {
        return HssEngine.builder(scheduler, time).budget(budget).build();
    }

    /** The connection to the simulator as its credentials' user. */
    Connection connection() {
        return Connection.builder(HssEndpoints.single(hss.baseUrl()), credentials).build();
    }

    /** The poller of the simulator's project in a new engine with HSS's budget. */
    SharedPoller poller() {
        return poller(engine(CallBudget.HSS_DEFAULT), client(CallListener.NONE));
    }

    /** The poller of the simulator's project in {@code engine}, whose budget calls with {@code api} when it makes one. */
    SharedPoller poller(HssEngine engine, HssApi api) {
        return engine.poller(connection(), hss.projectId(), () -> api);
    }

    /** Settings for private images of the simulator's project, waiting as the tests wait. */
    ScanSettingsBuilder settings(String... references) {
        return ScanSettings.builder().projectId(hss.projectId()).imageType(ImageType.PRIVATE_IMAGE)
                .imageReferences(List.of(references)).gate(GatePolicy.defaults()).waitOptions(quickWait().build());
    }

    /** {@link #settings} on {@code api}. */
    ScanSettingsBuilder settings(ScanApi api, String... references) {
        return settings(references).api(api);
    }

    /** The trigger calls {@code api} made. */
    long triggers(ScanApi api) {
        return requests(api == ScanApi.BATCH_SCAN ? Endpoint.BATCH_SCAN : Endpoint.CREATE_IMAGE_SCAN_TASK);
    }

    /** The image list calls {@code api} made. */
    long lists(ScanApi api) {
        return requests(listEndpoint(api));
    }

    /** The image list of {@code api}. */
    static Endpoint listEndpoint(ScanApi api) {
        return api == ScanApi.BATCH_SCAN ? Endpoint.LIST_SWR_IMAGES : Endpoint.LIST_REGISTRY_IMAGES;
    }

    /** 5 s polls at first (inside the simulator's 10 s stale window), at most 1 min, 30 min in all. */
    static WaitOptions.Builder quickWait() {
        return WaitOptions.builder().initialPollInterval(Duration.ofSeconds(5)).maxPollInterval(Duration.ofMinutes(1))
                .timeout(Duration.ofMinutes(30)).startGracePeriod(Duration.ofMinutes(5));
    }

    ScanRun start(ScanSettings settings) {
        return ScanRun.start(settings, poller(), events::add);
    }

    /** Runs simulated time until the run has its report. */
    ScanReport finish(ScanRun run) {
        end(run);
        return run.result().join();
    }

    /**
     * Runs simulated time until the run is over (a report or an error), failing the test when it
     * is not over within 12 simulated hours, or when its tasks keep the scheduler busy without
     * time passing (a task that re-arms itself at once would otherwise never let the test end).
     */
    void end(ScanRun run) {
        int[] tasks = {0};
        boolean over = scheduler.runUntil(() -> run.result().isDone() || ++tasks[0] > MAX_TASKS, Duration.ofHours(12));
        assertThat(over && run.result().isDone()).as("the run ended within 12 simulated hours and %s tasks", MAX_TASKS)
                .isTrue();
    }

    /** More tasks than any run of these tests needs: a sign that one re-arms itself without end. */
    static final int MAX_TASKS = 1_000_000;

    /** Starts a run on the shared poller of a new registry with HSS's budget, as a face does. */
    ScanRun startAsFace(ScanSettings settings) {
        return ScanRun.start(settings, poller(), events::add);
    }

    /** Every event's message, in order. */
    List<String> messages() {
        return events.stream().map(WatchEvent::message).toList();
    }

    /** Runs simulated time until {@code condition} holds. */
    void runUntil(java.util.function.BooleanSupplier condition) {
        assertThat(scheduler.runUntil(condition, Duration.ofHours(12))).as("condition reached").isTrue();
    }

    long requests(Endpoint endpoint) {
        return hss.requestCount(endpoint);
    }

    Map<Endpoint, Long> requestCounts() {
        Map<Endpoint, Long> counts = new java.util.EnumMap<>(Endpoint.class);
        for (Endpoint endpoint : Endpoint.values()) {
            counts.put(endpoint, hss.requestCount(endpoint));
        }
        return counts;
    }

    <E extends WatchEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void close() {
        clients.forEach(HssClient::close);
        hss.close();
    }
}
