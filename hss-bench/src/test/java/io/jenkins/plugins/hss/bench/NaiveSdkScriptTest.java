package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-image script is what the benchmark says it is: one list call per pending image per interval. */
class NaiveSdkScriptTest {

    private static final String PROJECT = HssSimulator.DEFAULT_PROJECT_ID;

    @Test
    void triggersOnceThenListsEveryPendingImageEveryIntervalUntilTheScansEnd() {
        BenchScenario scenario = BenchScenario.privateImages(10, SimulatedHss.startOfRun());
        try (SimulatedHss hss = SimulatedHss.start(scenario, null, SimulatedHss.startOfRun())) {
            ScriptBuilds.Outcome outcome = ScriptBuilds.run(hss, List.of(BuildPlan.imageList(PROJECT, scenario.refs())),
                    ScriptBuilds::naive, Duration.ofHours(1));

            // Scans end 70 s after the trigger: the rounds at 30 s and 60 s see them running, 90 s sees them done.
            assertThat(outcome.counts().batchScan()).isEqualTo(1);
            assertThat(outcome.counts().listImages()).isEqualTo(3 * 10);
            assertThat(outcome.builds().get(0).total()).isEqualTo(Duration.ofSeconds(90));
        }
    }

    @Test
    void onSpreadScansItMakesTheCallsItsRuleCountsAndHasItsVerdictWhenTheRuleSays() {
        BenchScenario scenario = BenchScenario.privateImages(40, SimulatedHss.startOfRun(), ScanRules.realistic(3));
        BuildPlan build = BuildPlan.imageList(PROJECT, scenario.refs());
        try (SimulatedHss hss = SimulatedHss.start(scenario, null, SimulatedHss.startOfRun())) {
            ScriptBuilds.Outcome outcome = ScriptBuilds.run(hss, List.of(build), ScriptBuilds::naive, Duration.ofDays(1));
            BuildTiming timing = outcome.builds().get(0);
            NaiveSdkScript.Rule rule = NaiveSdkScript.byRule(hss.simulator().scans(), timing.triggeredAt());

            assertThat(outcome.counts().listImages()).isEqualTo(rule.listCalls());
            assertThat(timing.verdictAt()).isEqualTo(rule.verdictAt());
        }
    }

    @Test
    void concurrentScriptsOnOneCredentialMeetTheRateLimit() {
        BenchScenario scenario = BenchScenario.privateImages(20, SimulatedHss.startOfRun());
        List<ImageRef> refs = scenario.refs();
        List<BuildPlan> builds = List.of(BuildPlan.imageList(PROJECT, refs.subList(0, 10)),
                BuildPlan.imageList(PROJECT, refs.subList(10, 20)));
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, SimulatedHss.startOfRun())) {
            ScriptBuilds.Outcome outcome = ScriptBuilds.run(hss, builds, ScriptBuilds::naive, Duration.ofHours(2));

            assertThat(outcome.counts().throttled()).isPositive();
        }
    }
}
