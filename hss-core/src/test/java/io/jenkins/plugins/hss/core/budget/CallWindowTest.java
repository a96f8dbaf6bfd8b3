package io.jenkins.plugins.hss.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CallWindowTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final CallWindow budget = new CallWindow(ApiName.SWR_REPOSITORY, RateLimit.HSS_PER_USER, clock,
            CallRecords.inMemory());

    @Test
    void admitsFiveCallsAtOnceThenWaitsUntilTheFirstLeavesTheWindow() {
        Instant start = clock.instant();
        for (int i = 0; i < 5; i++) {
            assertThat(budget.nextSlot()).isEqualTo(clock.instant());
            assertThat(budget.tryTake()).isTrue();
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(budget.nextSlot()).isEqualTo(start.plus(Duration.ofMinutes(1)).plusMillis(1));
        assertThat(budget.tryTake()).as("a sixth call in the minute").isFalse();
    }

    @Test
    void aSlotFreesWhenItsCallIsAMinuteOld() {
        for (int i = 0; i < 5; i++) {
            budget.tryTake();
        }
        clock.advance(Duration.ofSeconds(61));
        assertThat(budget.nextSlot()).isEqualTo(clock.instant());
    }

    @Test
    void aPauseAfterA429HoldsEveryCall() {
        Instant until = clock.instant().plus(Duration.ofSeconds(30));
        budget.pauseUntil(until);
        assertThat(budget.nextSlot()).isEqualTo(until);
        assertThat(budget.tryTake()).isFalse();
        assertThat(budget.isQuiet()).as("a pause is remembered").isFalse();
    }

    @Test
    void isQuietOnlyOnceItsLastCallLeftTheWindow() {
        budget.tryTake();
        clock.advance(Duration.ofSeconds(59));
        assertThat(budget.isQuiet()).isFalse();
        clock.advance(Duration.ofSeconds(2));
        assertThat(budget.isQuiet()).isTrue();
    }
}
