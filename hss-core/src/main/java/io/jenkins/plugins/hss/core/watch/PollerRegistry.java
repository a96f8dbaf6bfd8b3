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
    private final Map<PollerKey, SharedPoller> pollers = new ConcurrentHashMap<>();

    public PollerRegistry(Scheduler scheduler, Clock clock, CallBudget budget) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
    }

    /**
     * The poller of {@code key}, made with the client from {@code api} the first time. Later
     * callers get the same poller and its client, whatever their supplier would make.
     */
    public SharedPoller poller(PollerKey key, Supplier<HssApi> api) {
        return pollers.computeIfAbsent(key, k -> new SharedPoller(api.get(), scheduler, clock, budget));
    }
}
