package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.RateLimit;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.time.ExecutorScheduler;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.net.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * One budget per user and endpoint for the life of the engine, whatever the project, with the
 * client of the connection's current settings, forgotten once idle.
 */
class HssEngineTest {

    static final String SECOND_PROJECT = "fedcba9876543210fedcba9876543210";
    private static final AccessKeyCredentials ROTATED_AWAY =
            AccessKeyCredentials.of(HssSimulator.DEMO_ACCESS_KEY, "rotated-away");

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void theSameSettingsKeepTheBudgetAndItsClient() {
        cloud = new SimulatedHss(images(1));
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        AtomicInteger made = new AtomicInteger();
        Supplier<HssApi> clients = () -> {
            made.incrementAndGet();
            return cloud.client(CallListener.NONE);
        };

        SharedPoller first = engine.poller(cloud.connection(), cloud.hss.projectId(), clients);
        HssApi client = first.api();

        assertThat(engine.poller(cloud.connection(), cloud.hss.projectId(), clients)).isSameAs(first);
        assertThat(first.api()).isSameAs(client);
        assertThat(made).hasValue(1);
    }

    @Test
    void aRotatedSecretGetsAFreshClientOnTheSameBudget() {
        cloud = new SimulatedHss(images(1));
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        Connection stale = Connection.builder(HssEndpoints.single(cloud.hss.baseUrl()), ROTATED_AWAY).build();
        SharedPoller before = engine.poller(stale, cloud.hss.projectId(), () -> cloud.client(CallListener.NONE));
        HssApi staleClient = before.api();
        AtomicInteger callsOfFreshClient = new AtomicInteger();
        HssApi fresh = cloud.client(new CallListener() {
            @Override
            public void requestSent(String call) {
                callsOfFreshClient.incrementAndGet();
            }
        });

        SharedPoller rotated = engine.poller(cloud.connection(), cloud.hss.projectId(), () -> fresh);

        assertThat(rotated).as("one budget per identity").isSameAs(before);
        assertThat(engine.budgetsHeld()).isEqualTo(1);
        assertThat(rotated.api()).isSameAs(fresh).isNotSameAs(staleClient);
        assertThat(cloud.finish(ScanRun.start(cloud.settings("team/svc-0:1.0").build(), rotated, cloud.events::add))
                .outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(callsOfFreshClient.get()).isPositive();
    }

    @Test
    void changedTimeoutsOrProxiesMakeAFreshClientButNeverASecondBudget() {
        cloud = new SimulatedHss(images(1));
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        HssEndpoints simulator = HssEndpoints.single(cloud.hss.baseUrl());
        Supplier<OkHttpClient.Builder> direct = () -> new OkHttpClient.Builder().proxy(Proxy.NO_PROXY);
        List<Connection> settings = List.of(cloud.connection(),
                Connection.builder(simulator, SimulatedHss.ACCESS_KEY).readTimeout(Duration.ofSeconds(90)).build(),
                Connection.builder(simulator, SimulatedHss.ACCESS_KEY).readTimeout(Duration.ofSeconds(90))
                        .http(direct).build(),
                Connection.builder(simulator, SimulatedHss.ACCESS_KEY).readTimeout(Duration.ofSeconds(90))
                        .http(direct).build());
        AtomicInteger made = new AtomicInteger();

        List<SharedPoller> pollers = settings.stream().map(connection -> engine.poller(connection,
                cloud.hss.projectId(), () -> {
                    made.incrementAndGet();
                    return cloud.client(CallListener.NONE);
                })).toList();

        assertThat(made).as("the first, a new read timeout, a proxy; the same settings again make none").hasValue(3);
        assertThat(pollers).containsOnly(pollers.get(0));
        assertThat(engine.budgetsHeld()).isEqualTo(1);
        assertThat(settings.get(1).fingerprint()).isNotEqualTo(settings.get(0).fingerprint())
                .doesNotContain(HssSimulator.DEMO_SECRET_KEY);
    }

    @Test
    void twoProjectsOfOneUserShareOneBudgetAndMeetNo429() {
        cloud = new SimulatedHss(images(12), simulator -> simulator.rateLimit(io.jenkins.plugins.hss.simulator.RateLimit.HSS)
                .projectId(HssSimulator.DEFAULT_PROJECT_ID).projectId(SECOND_PROJECT), SimulatedHss.ACCESS_KEY);
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);

        List<ScanRun> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String project = i % 2 == 0 ? HssSimulator.DEFAULT_PROJECT_ID : SECOND_PROJECT;
            ScanSettings settings = cloud.settings("team/svc-" + i + ":1.0").projectId(project).build();
            runs.add(engine.start(settings, cloud.connection(), WatchListener.NONE));
        }
        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(cloud.hss.throttledCount(endpoint)).as("429s on %s", endpoint).isZero();
        }
        assertThat(runs).extracting(run -> run.result().join().outcome()).containsOnly(Outcome.SUCCESS);
        assertThat(engine.budgetsHeld()).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("one batch scan per project, shared by its runs")
                .isEqualTo(2);
    }

    @Test
    void anIdleBudgetIsForgottenAndOneMadeAgainStillKeepsToTheLimit() {
        cloud = new SimulatedHss(images(6), simulator -> simulator.rateLimit(io.jenkins.plugins.hss.simulator.RateLimit.HSS),
                SimulatedHss.ACCESS_KEY);
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        List<Instant> sent = new CopyOnWriteArrayList<>();
        ScanReport first = cloud.finish(ScanRun.start(cloud.settings("team/svc-0:1.0").build(),
                cloud.poller(engine, cloud.client(recording(sent))), WatchListener.NONE));
        assertThat(first.outcome()).isEqualTo(Outcome.SUCCESS);
        Instant lastCall = sent.get(sent.size() - 1);

        cloud.runUntil(() -> engine.budgetsHeld() == 0);

        assertThat(cloud.clock.instant()).as("forgotten after its idle time, not before")
                .isAfterOrEqualTo(lastCall.plus(HssEngine.DEFAULT_IDLE_TIME))
                .isBefore(lastCall.plus(HssEngine.DEFAULT_IDLE_TIME).plus(HssEngine.HOUSEKEEPING).plusSeconds(1));
        List<ScanRun> again = IntStream.range(0, 6)
                .mapToObj(i -> ScanRun.start(cloud.settings("team/svc-" + i + ":1.0").build(),
                        cloud.poller(engine, cloud.client(recording(sent))), WatchListener.NONE))
                .toList();
        cloud.runUntil(() -> again.stream().allMatch(run -> run.result().isDone()));

        assertThat(engine.budgetsHeld()).isEqualTo(1);
        assertThat(again).extracting(run -> run.result().join().outcome()).containsOnly(Outcome.SUCCESS);
        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(cloud.hss.throttledCount(endpoint)).as("429s on %s", endpoint).isZero();
        }
    }

    @Test
    void aBudgetWhoseLastCallIsStillInItsWindowIsKept() {
        cloud = new SimulatedHss(images(1));
        Duration window = Duration.ofMinutes(30);
        HssEngine engine = HssEngine.builder(cloud.scheduler, cloud.clock)
                .budget(CallBudget.uniform(new RateLimit(5, window))).idleTime(Duration.ofMinutes(1)).build();
        List<Instant> sent = new CopyOnWriteArrayList<>();
        cloud.finish(ScanRun.start(cloud.settings("team/svc-0:1.0").build(),
                cloud.poller(engine, cloud.client(recording(sent))), WatchListener.NONE));

        cloud.runUntil(() -> engine.budgetsHeld() == 0);

        assertThat(cloud.clock.instant()).as("not before the window of its last call is over")
                .isAfterOrEqualTo(sent.get(sent.size() - 1).plus(window));
    }

    @Test
    void aConnectionTestIsOneCallThroughTheBudget() {
        cloud = new SimulatedHss(images(3), simulator -> simulator.rateLimit(io.jenkins.plugins.hss.simulator.RateLimit.HSS),
                SimulatedHss.ACCESS_KEY);
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        List<CompletableFuture<Integer>> tests = IntStream.range(0, 7)
                .mapToObj(i -> engine.testConnection(cloud.connection(), cloud.hss.projectId())).toList();

        cloud.runUntil(() -> tests.stream().allMatch(CompletableFuture::isDone));

        assertThat(tests).extracting(CompletableFuture::join).containsOnly(3);
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(7);
        assertThat(cloud.hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).as("the sixth and seventh waited").isZero();
    }

    @Test
    void everyCallRunsOnTheSchedulerTheFaceGaveNeverOnTheCallersThread() throws Exception {
        cloud = new SimulatedHss(images(2));
        ScheduledExecutorService pool = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "engine-1"));
        try {
            HssEngine engine = HssEngine.builder(new ExecutorScheduler(pool), cloud.clock).build();
            List<String> threads = new CopyOnWriteArrayList<>();
            HssApi client = cloud.client(new CallListener() {
                @Override
                public void requestSent(String call) {
                    threads.add(Thread.currentThread().getName());
                }
            });
            SharedPoller poller = engine.poller(cloud.connection(), cloud.hss.projectId(), () -> client);

            List<CompletableFuture<Integer>> counts = IntStream.range(0, 3)
                    .mapToObj(i -> poller.call(ApiName.SWR_REPOSITORY,
                            poller.count(SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build()),
                            CallPolicy.read(cloud.clock.instant().plus(Duration.ofHours(1))))).toList();

            for (CompletableFuture<Integer> count : counts) {
                assertThat(count.get(10, TimeUnit.SECONDS)).isEqualTo(2);
            }
            assertThat(threads).hasSize(3).containsOnly("engine-1");
        } finally {
            pool.shutdownNow();
        }
    }

    private CallListener recording(List<Instant> sent) {
        return new CallListener() {
            @Override
            public void requestSent(String call) {
                sent.add(cloud.clock.instant());
            }
        };
    }

    static Scenario images(int count) {
        Scenario.Builder scenario = Scenario.builder().startDelay(Duration.ofSeconds(10));
        IntStream.range(0, count).forEach(i -> scenario.image("team/svc-" + i + ":1.0",
                image -> image.scanDuration(Duration.ofMinutes(2))));
        return scenario.build();
    }
}
