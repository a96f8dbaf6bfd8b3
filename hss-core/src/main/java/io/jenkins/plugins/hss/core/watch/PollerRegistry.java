package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.HssApi;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The pollers of a process, one per {@link PollerKey}: a Jenkins controller keeps one registry
 * (a singleton of the plugin) so that all its builds on one credential share one budget; the CLI
 * makes one for its single run.
 */
public final class PollerRegistry {

    private final Scheduler scheduler;
    private final Clock clock;
    private final CallBudget budget;
    private final Map<PollerKey, Entry> pollers = new ConcurrentHashMap<>();

    /** A poller and the fingerprint of the secret its client was made with. */
    private record Entry(SharedPoller poller, String secretFingerprint) {
    }

    public PollerRegistry(Scheduler scheduler, Clock clock, CallBudget budget) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * The poller of {@code key}, made with the client from {@code api} the first time. Later
     * callers get the same poller and its client, whatever their supplier would make: for a
     * process whose credentials cannot change while it runs (the CLI).
     */
    public SharedPoller poller(PollerKey key, Supplier<HssApi> api) {
        return poller(key, "", api);
    }

    /**
     * The poller of {@code key}; its client is made again from {@code api} whenever
     * {@code secretFingerprint} ({@link io.jenkins.plugins.hss.core.auth.HssCredentials#fingerprint()})
     * differs from the one it was made with, so a secret rotated under the same identity is used
     * from the next call on, without a restart. The poller and its budget stay one per key. The
     * stale client is not closed: a call of a waiting run may still be using it, and its idle
     * connections expire by themselves.
     */
    public SharedPoller poller(PollerKey key, String secretFingerprint, Supplier<HssApi> api) {
        Objects.requireNonNull(secretFingerprint, "secretFingerprint");
        return pollers.compute(key, (k, known) -> {
            if (known == null) {
                return new Entry(new SharedPoller(api.get(), scheduler, clock, budget), secretFingerprint);
            }
            if (!known.secretFingerprint().equals(secretFingerprint)) {
                known.poller().replaceApi(api.get());
                return new Entry(known.poller(), secretFingerprint);
            }
            return known;
        }).poller();
    }
}
