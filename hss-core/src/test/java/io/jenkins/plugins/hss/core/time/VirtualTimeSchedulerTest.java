package io.jenkins.plugins.hss.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VirtualTimeSchedulerTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, clock::advance);

    @Test
    void runsTasksInTimeOrderAndMovesTheClockToEach() {
        List<String> ran = new ArrayList<>();
        Instant start = clock.instant();
        scheduler.schedule(() -> ran.add("b@" + Duration.between(start, clock.instant()).toSeconds()), Duration.ofSeconds(20));
        scheduler.schedule(() -> ran.add("a@" + Duration.between(start, clock.instant()).toSeconds()), Duration.ofSeconds(5));

        assertThat(scheduler.runUntil(() -> false, Duration.ofHours(1))).isFalse();

        assertThat(ran).containsExactly("a@5", "b@20");
    }

    @Test
    void aCancelledTaskNeverRuns() {
        List<String> ran = new ArrayList<>();
        scheduler.schedule(() -> ran.add("x"), Duration.ofSeconds(1)).cancel();

        scheduler.runUntil(() -> false, Duration.ofHours(1));

        assertThat(ran).isEmpty();
    }

    @Test
    void stopsAtTheLimitWithoutRunningLaterTasks() {
        List<String> ran = new ArrayList<>();
        scheduler.schedule(() -> ran.add("late"), Duration.ofMinutes(10));

        scheduler.runUntil(() -> false, Duration.ofMinutes(1));

        assertThat(ran).isEmpty();
        assertThat(scheduler.pending()).isEqualTo(1);
    }
}
