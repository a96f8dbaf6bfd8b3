package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lower bound: 1 trigger for builds that start together and each result read once after its scan ended, at 5 calls a minute. */
class LowerBoundTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private static LowerBound atOnce(int images, Duration after) {
        return LowerBound.of(1, Collections.nCopies(images, START.plus(after)), START, List.of(after));
    }

    @Test
    void learningThatNScansEndedTakesOneTriggerAndAPagePer200Results() {
        assertThat(List.of(1, 10, 100, 1000, 10_000, 100_000)).map(n -> atOnce(n, Duration.ofSeconds(70)).calls())
                .containsExactly(2L, 2L, 2L, 6L, 51L, 501L);
    }

    @Test
    void whenAllScansEndAtOnceTheirPagesTakeAMinutePerFiveAfterTheFirstFive() {
        assertThat(atOnce(1000, Duration.ofSeconds(70)).delay()).isZero();
        assertThat(atOnce(1001, Duration.ofSeconds(70)).delay()).isEqualTo(Duration.ofMinutes(1));
        // 500 pages: the last of them 99 windows after the first five.
        assertThat(atOnce(100_000, Duration.ofSeconds(70)).delay()).isEqualTo(Duration.ofMinutes(99));
        assertThat(atOnce(100_000, Duration.ofSeconds(70)).total()).isEqualTo(Duration.ofMinutes(99).plusSeconds(70));
    }

    @Test
    void whenScansEndOverHoursTheVerdictCanFollowTheLastEnd() {
        List<Instant> ends = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ends.add(START.plusSeconds(i * 3L));
        }
        LowerBound bound = LowerBound.of(1, ends, START, List.of(Duration.ofSeconds(3 * 9_999L)));

        assertThat(bound.total()).isEqualTo(bound.lastScanEnd());
        assertThat(bound.calls()).isEqualTo(51);
    }

    @Test
    void concurrentBuildsShareOneTriggerAndEachWaitsForItsOwnScans() {
        BenchScenario scenario = BenchScenario.privateImages(60, START, ScanRules.DEFAULT);
        List<BuildPlan> builds = new ArrayList<>();
        for (int b = 0; b < 12; b++) {
            builds.add(BuildPlan.imageList(HssSimulator.DEFAULT_PROJECT_ID, scenario.refs().subList(5 * b, 5 * b + 5)));
        }
        LowerBound bound = LowerBound.of(EarliestTriggers.run(scenario, builds,
                List.of(HssSimulator.DEFAULT_PROJECT_ID)), builds);

        // One batch scan names the 60 images of the 12 builds; every scan takes 70 s; one page reads them.
        assertThat(bound.calls()).isEqualTo(1 + 1);
        assertThat(bound.total()).isEqualTo(Duration.ofSeconds(70));
        assertThat(bound.waits()).containsOnly(Duration.ofSeconds(70));
    }
}
