package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scripts on simulated time take turns in time order, the clock jumping from one wake-up to the next. */
class ScriptClockTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void scriptsTakeTurnsInTheOrderTheyWakeAndTheClockJumps() {
        MutableClock clock = new MutableClock(START);
        List<String> log = new ArrayList<>();
        ScriptClock.Script slow = time -> {
            log.add("slow@" + Duration.between(START, time.now()).toSeconds());
            time.sleep(Duration.ofSeconds(30));
            log.add("slow@" + Duration.between(START, time.now()).toSeconds());
        };
        ScriptClock.Script fast = time -> {
            for (int i = 0; i < 3; i++) {
                time.sleep(Duration.ofSeconds(20));
                log.add("fast@" + Duration.between(START, time.now()).toSeconds());
            }
        };

        assertThat(new ScriptClock(clock).run(List.of(slow, fast), Duration.ofHours(1))).isTrue();

        assertThat(log).containsExactly("slow@0", "fast@20", "slow@30", "fast@40", "fast@60");
        assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void aScriptStillWaitingAfterTheLimitEndsTheRunUnfinished() {
        MutableClock clock = new MutableClock(START);
        ScriptClock.Script forever = time -> {
            while (true) {
                time.sleep(Duration.ofMinutes(10));
            }
        };

        assertThat(new ScriptClock(clock).run(List.of(forever), Duration.ofHours(1))).isFalse();
        assertThat(clock.instant()).isBefore(START.plus(Duration.ofHours(1)).plusSeconds(1));
    }
}
