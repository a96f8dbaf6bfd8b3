package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The competent script is what issue 14 says such a script achieves, keeps to 5 list calls a
 * minute on its own, and reads each round only what ended since the round before.
 */
class CompetentSdkScriptTest {

    private static final String PROJECT = HssSimulator.DEFAULT_PROJECT_ID;

    private static ScriptBuilds.Outcome run(BenchScenario scenario, List<BuildPlan> builds) {
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, SimulatedHss.startOfRun())) {
            return ScriptBuilds.run(hss, builds, ScriptBuilds::competent, Duration.ofDays(1));
        }
    }

    private static ScriptBuilds.Outcome oneBuild(int images, ScanRules rules) {
        BenchScenario scenario = BenchScenario.privateImages(images, SimulatedHss.startOfRun(), rules);
        return run(scenario, List.of(BuildPlan.imageList(PROJECT, scenario.refs())));
    }

    @Test
    void withScansEndingTogetherAfter70sItMakesTheIssuesFourCallsAndHasItsVerdict20sLater() {
        for (int images : List.of(1, 10, 100)) {
            ScriptBuilds.Outcome outcome = oneBuild(images, ScanRules.DEFAULT);

            // Rounds at 30 s and 60 s find nothing ended; the one at 90 s reads every result in one page.
            assertThat(outcome.counts().batchScan()).isEqualTo(1);
            assertThat(outcome.counts().listImages()).as("%d images", images).isEqualTo(3);
            assertThat(outcome.builds().get(0).delay()).isEqualTo(Duration.ofSeconds(20));
        }
    }

    @Test
    void aThousandResultsEndingTogetherTakeEightCallsAndA50sDelayWithinFiveCallsAMinute() {
        ScriptBuilds.Outcome outcome = oneBuild(1000, ScanRules.DEFAULT);

        // 30 s, 60 s, then 5 pages from 90 s: the 5th waits for the call at 60 s to leave the minute.
        assertThat(outcome.counts().hssCalls()).isEqualTo(8);
        assertThat(outcome.counts().throttled()).isZero();
        assertThat(outcome.builds().get(0).delay()).isEqualTo(Duration.ofSeconds(50));
    }

    @Test
    void onSpreadScansEachRoundReadsOnlyWhatEndedSinceTheRoundBeforeAndMeetsNo429() {
        ScriptBuilds.Outcome outcome = oneBuild(1000, ScanRules.realistic(1));
        BuildTiming build = outcome.builds().get(0);
        long rounds = build.waited().toSeconds() / CompetentSdkScript.ROUND.toSeconds();

        assertThat(outcome.counts().throttled()).isZero();
        // A round costs one call, or more when over 200 scans ended since the round before: far
        // fewer than listing the 1,000 results every round (5 calls each).
        assertThat(outcome.counts().listImages()).isBetween(rounds, rounds + 10);
        assertThat(build.delay()).isLessThanOrEqualTo(CompetentSdkScript.ROUND);
    }

    @Test
    void onEveryImageOfTheProjectItCountsThemFirstAndWaitsForAllOfThem() {
        BenchScenario scenario = BenchScenario.privateImages(500, SimulatedHss.startOfRun(), ScanRules.realistic(2));
        ScriptBuilds.Outcome outcome = run(scenario, List.of(BuildPlan.everyPrivateImage(PROJECT)));
        BuildTiming build = outcome.builds().get(0);

        assertThat(Duration.between(build.firstRequest(), build.triggeredAt())).isZero();
        assertThat(build.verdictAt()).isAfterOrEqualTo(build.lastScanEnd());
        assertThat(build.delay()).isLessThanOrEqualTo(CompetentSdkScript.ROUND);
        assertThat(outcome.counts().batchScan()).isEqualTo(1);
    }

    @Test
    void scriptsOfConcurrentBuildsMeet429sOfEachOtherAndStillFinish() {
        BenchScenario scenario = BenchScenario.privateImages(50, SimulatedHss.startOfRun(), ScanRules.realistic(1));
        List<BuildPlan> builds = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9).stream()
                .map(b -> BuildPlan.imageList(PROJECT, scenario.refs().subList(5 * b, 5 * b + 5))).toList();
        ScriptBuilds.Outcome outcome = run(scenario, builds);

        assertThat(outcome.counts().throttled()).isPositive();
        assertThat(outcome.builds()).allSatisfy(build -> assertThat(build.verdictAt()).isAfterOrEqualTo(build.lastScanEnd()));
    }
}
