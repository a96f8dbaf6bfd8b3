package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class CallQueueTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, clock::advance);
    private final CallQueue queue = new CallQueue(Api.SWR_REPOSITORY,
            new RateBudget(Api.SWR_REPOSITORY, RateLimit.HSS_PER_USER, clock, CallRecords.inMemory()), scheduler, clock,
            t -> { });

    @Test
    void spreadsCallsSoThatNoMinuteHoldsMoreThanFive() {
        List<Instant> sent = new ArrayList<>();
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            results.add(queue.submit(() -> {
                sent.add(clock.instant());
                return n;
            }));
        }

        scheduler.runUntil(() -> results.stream().allMatch(CompletableFuture::isDone), Duration.ofHours(1));

        assertThat(results).allMatch(f -> !f.isCompletedExceptionally());
        for (Instant call : sent) {
            long inWindow = sent.stream().filter(t -> !t.isBefore(call) && t.isBefore(call.plusSeconds(60))).count();
            assertThat(inWindow).isLessThanOrEqualTo(5);
        }
        assertThat(queue.callsMade()).isEqualTo(12);
    }

    @Test
    void aCallCancelledBeforeItsTurnIsNeverSent() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queue.submit(() -> sent.add("filler"));
        }
        CompletableFuture<Boolean> late = queue.submit(() -> sent.add("late"));
        late.cancel(false);

        scheduler.runUntil(() -> false, Duration.ofHours(1));

        assertThat(sent).containsOnly("filler");
    }
}
