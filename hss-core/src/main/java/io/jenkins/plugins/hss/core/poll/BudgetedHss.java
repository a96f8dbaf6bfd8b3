package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.CallQueue;
import io.jenkins.plugins.hss.core.budget.CallRecords;
import io.jenkins.plugins.hss.core.budget.CallWindow;
import io.jenkins.plugins.hss.core.budget.RetryRule;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Scheduler;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * HSS as one user at one endpoint sees it: HSS counts calls per user and API, whatever the
 * project, so every call of the process for this user, of any project, goes through one queue per
 * API that keeps to the {@link CallBudget}. It holds the client of the user's current connection
 * settings (rebuilt when they change), and one {@link SharedPoller} per project, each merging the
 * polls of that project's waits and spending this budget. Obtained from {@code HssEngine} only.
 */
public final class BudgetedHss {

    private final Scheduler scheduler;
    private final Clock clock;
    private final CallBudget budget;
    private final Duration triggerWindow;
    private final ServiceClock serviceClock;
    private final Map<ApiName, CallQueue> queues = new EnumMap<>(ApiName.class);
    /** By project and API: runs of one project on different APIs share neither a trigger nor a poll. */
    private final Map<String, SharedPoller> pollers = new ConcurrentHashMap<>();
    private final NewerApiOffer newerApiOffer = new NewerApiOffer(this);
    private final List<Consumer<CallQueue.Throttling>> throttleWatchers = new CopyOnWriteArrayList<>();
    private volatile HssApi api;
    private volatile String settingsFingerprint;
    private volatile Instant lastUsed;

    /**
     * @param settingsFingerprint of the connection settings {@code api} was made with
     * @param records             where the budget keeps its record of recent calls
     * @param triggerWindow       how long a batch scan waits for other runs to join it
     */
    public BudgetedHss(HssApi api, String settingsFingerprint, Scheduler scheduler, Clock clock, CallBudget budget,
                CallRecords records, Duration triggerWindow) {
        this.api = Objects.requireNonNull(api, "api");
        this.settingsFingerprint = Objects.requireNonNull(settingsFingerprint, "settingsFingerprint");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.triggerWindow = Objects.requireNonNull(triggerWindow, "triggerWindow");
        // One service, one clock: every project's responses tell the same offset.
        this.serviceClock = new ServiceClock(clock);
        RetryRule retries = new RetryRule(new Random());
        for (ApiName each : ApiName.values()) {
            CallWindow rate = new CallWindow(each, budget.limit(each), clock, records);
            queues.put(each, new CallQueue(each, rate, budget.pollMargin(), scheduler, clock, retries, this::throttled));
        }
        this.lastUsed = clock.instant();
    }

    /**
     * The poller of {@code projectId} on {@code port}, with the client made again from {@code clients} when
     * {@code fingerprint} differs from the settings the current one was made with (a rotated
     * secret, a new proxy or timeout): it is used from the next call on, on the same queues and
     * budget, since HSS still counts the same user. The stale client is not closed: a call of a
     * waiting run may still be on it, and its idle connections expire by themselves.
     */
    public synchronized SharedPoller poller(String projectId, ScanPort port, String fingerprint, Supplier<HssApi> clients) {
        if (!settingsFingerprint.equals(fingerprint)) {
            api = Objects.requireNonNull(clients.get(), "client");
            settingsFingerprint = fingerprint;
        }
        return poller(projectId, port);
    }

    /** The poller of {@code projectId} on {@code port}, with the client as it is. */
    public SharedPoller poller(String projectId, ScanPort port) {
        lastUsed = clock.instant();
        return pollers.computeIfAbsent(projectId + '\n' + port.api().wireName(),
                key -> new SharedPoller(this, projectId, port));
    }

    HssApi api() {
        return api;
    }

    /** Whether the service offers the newer image API, asked once for this user ({@link NewerApiOffer}). */
    NewerApiOffer newerApiOffer() {
        return newerApiOffer;
    }

    Clock clock() {
        return clock;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    ServiceClock serviceClock() {
        return serviceClock;
    }

    Duration triggerWindow() {
        return triggerWindow;
    }

    int pageSize() {
        return budget.pageSize();
    }

    CallQueue queue(ApiName target) {
        lastUsed = clock.instant();
        return queues.get(target);
    }

    /** Makes one call when the API's budget admits it, and again as {@code policy} allows. */
    <T> CompletableFuture<T> call(ApiName target, ApiCall<T> call, CallPolicy policy) {
        return queue(target).submit(call, policy);
    }

    /**
     * Tells {@code watcher} of every 429 on these queues until the returned handle is cancelled:
     * a run hears of throttling from its first call on, before it subscribes to polls.
     */
    Cancellable watchThrottling(Consumer<CallQueue.Throttling> watcher) {
        throttleWatchers.add(watcher);
        return () -> throttleWatchers.remove(watcher);
    }

    /**
     * Whether this budget may be forgotten: unused for {@code idleTime}, no wait subscribed to any
     * of its pollers, no call queued or running, and no call (or 429 pause) in any API's window,
     * so that a budget made afresh for the same user could not exceed the limit.
     */
    public boolean isIdle(Duration idleTime) {
        return !clock.instant().isBefore(lastUsed.plus(idleTime))
                && pollers.values().stream().allMatch(SharedPoller::isIdle)
                && queues.values().stream().allMatch(CallQueue::isIdle);
    }

    /** Releases the client, once {@link #isIdle} holds. */
    public void close() {
        if (api instanceof HssClient client) {
            client.close();
        }
    }

    private void throttled(CallQueue.Throttling throttling) {
        throttleWatchers.forEach(watcher -> watcher.accept(throttling));
    }
}
