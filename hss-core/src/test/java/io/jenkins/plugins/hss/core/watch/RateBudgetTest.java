package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateBudgetTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final RateBudget budget = new RateBudget(RateLimit.HSS_PER_USER, clock);

    @Test
    void admitsFiveCallsAtOnceThenWaitsUntilTheFirstLeavesTheWindow() {
        Instant start = clock.instant();
        for (int i = 0; i < 5; i++) {
            assertThat(budget.nextSlot()).isEqualTo(clock.instant());
            budget.spend();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(budget.nextSlot()).isEqualTo(start.plus(Duration.ofMinutes(1)).plusMillis(1));
    }

    @Test
    void aSlotFreesWhenItsCallIsAMinuteOld() {
        for (int i = 0; i < 5; i++) {
            budget.spend();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(budget.nextSlot()).isEqualTo(clock.instant());
    }

    @Test
    void aPauseAfterA429HoldsEveryCall() {
        Instant until = clock.instant().plus(Duration.ofSeconds(30));
        budget.pauseUntil(until);
        assertThat(budget.nextSlot()).isEqualTo(until);
    }
}
