package io.jenkins.plugins.hss.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.CallQueue;
import io.jenkins.plugins.hss.core.budget.CallRecords;
import io.jenkins.plugins.hss.core.budget.CallWindow;
import io.jenkins.plugins.hss.core.budget.RateLimit;
import io.jenkins.plugins.hss.core.budget.RetryRule;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Pages are checked as they come: a listing that contradicts itself ends as malformed, not after 10 million pages. */
class PagedCallTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, clock::advance);
    private final CallQueue queue = new CallQueue(ApiName.SWR_REPOSITORY,
            new CallWindow(ApiName.SWR_REPOSITORY, new RateLimit(100, Duration.ofSeconds(1)), clock, CallRecords.inMemory()),
            scheduler, clock, new RetryRule(() -> 0L), throttled -> { });
    private final List<Integer> offsets = new ArrayList<>();

    private Throwable failure(PagedCall.Source<String> source) {
        CompletableFuture<PagedCall.Listing<String>> listing = PagedCall.all(queue, ApiName.SWR_REPOSITORY,
                CallPolicy.read(START.plus(Duration.ofHours(1))), 10, (offset, limit) -> {
                    offsets.add(offset);
                    return source.fetch(offset, limit);
                });
        scheduler.runUntil(listing::isDone, Duration.ofHours(1));
        assertThat(listing).isCompletedExceptionally();
        return listing.handle((value, error) -> error).join();
    }

    @Test
    void aListingReadsEveryPageUntilItsTotal() {
        CompletableFuture<PagedCall.Listing<String>> listing = PagedCall.all(queue, ApiName.SWR_REPOSITORY,
                CallPolicy.read(START.plus(Duration.ofHours(1))), 10, (offset, limit) -> {
                    offsets.add(offset);
                    return new ListPage<>(25, IntStream.range(offset, Math.min(offset + limit, 25))
                            .mapToObj(i -> "img-" + i).toList());
                });
        scheduler.runUntil(listing::isDone, Duration.ofHours(1));

        assertThat(listing.join().items()).hasSize(25).startsWith("img-0").endsWith("img-24");
        assertThat(offsets).containsExactly(0, 10, 20);
    }

    @Test
    void thePageOfTheLastOffsetAgainIsAContradiction() {
        Throwable error = failure((offset, limit) -> new ListPage<>(Integer.MAX_VALUE, List.of("a", "b")));

        assertThat(error).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("the page at offset 10 repeats the page at offset 0");
        assertThat(offsets).containsExactly(0, 10);
    }

    @Test
    void aPageWithoutRowsBelowItsOwnTotalIsAContradiction() {
        Throwable error = failure((offset, limit) -> new ListPage<>(25, offset == 0 ? List.of("a") : List.of()));

        assertThat(error).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("total_num is 25, but the page at offset 10 has no rows");
    }
}
