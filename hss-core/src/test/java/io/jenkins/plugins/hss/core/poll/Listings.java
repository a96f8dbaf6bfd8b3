package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.CallQueue;
import io.jenkins.plugins.hss.core.budget.CallRecords;
import io.jenkins.plugins.hss.core.budget.CallWindow;
import io.jenkins.plugins.hss.core.budget.RateLimit;
import io.jenkins.plugins.hss.core.budget.RetryRule;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A whole listing through the engine's one paging path ({@link PagedCall}), for the tests of the
 * client's list calls: on a queue of its own whose budget never makes a page wait, and on virtual
 * time, so that a test reads every page as the engine would, without the engine around it.
 */
public final class Listings {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private Listings() {
    }

    /**
     * Every page of {@code source}, {@code pageSize} rows at a time, as one listing.
     *
     * @throws Exception the failure the listing ended with, as the page call threw it
     */
    public static <T> PagedCall.Listing<T> all(ApiName api, int pageSize, PagedCall.Source<T> source) throws Exception {
        MutableClock clock = new MutableClock(START);
        VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, clock::advance);
        CallQueue queue = new CallQueue(api, new CallWindow(api, new RateLimit(1000, Duration.ofSeconds(1)), clock,
                CallRecords.inMemory()), scheduler, clock, new RetryRule(() -> 0L), throttled -> { });
        CompletableFuture<PagedCall.Listing<T>> listing = PagedCall.all(queue, api,
                CallPolicy.read(START.plus(Duration.ofHours(1))), pageSize, source);
        scheduler.runUntil(listing::isDone, Duration.ofHours(1));
        try {
            return listing.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }
}
