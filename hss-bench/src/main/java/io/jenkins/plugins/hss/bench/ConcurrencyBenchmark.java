package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Builds of {@value #IMAGES_PER_BUILD} images each started at one instant on one credential,
 * under HSS's limit of 5 calls a minute per API for the user: on one controller, on one
 * controller with two projects, or as separate CLI processes (one poller each). Each build of a
 * script has its own SDK client; the per-image script is not run beyond {@value #LARGEST_NAIVE}
 * builds, where its calls, nearly all refused (14,700 and 14,400 429s at 50 builds), would take
 * most of the benchmark's time to tell what is already plain.
 */
final class ConcurrencyBenchmark {

    static final int IMAGES_PER_BUILD = 5;
    static final int LARGEST_NAIVE = 10;
    /** The second project of the account in the two-project layout. */
    static final String SECOND_PROJECT = "fedcba9876543210fedcba9876543210";

    /** How the builds are spread over processes and projects. */
    enum Spread {
        ONE_CONTROLLER("one controller"),
        TWO_PROJECTS("2 projects, one controller"),
        CLI_PROCESSES("one CLI process each");

        private final String label;

        Spread(String label) {
            this.label = label;
        }
    }

    private ConcurrencyBenchmark() {
    }

    static Measurement measure(int builds, Spread spread, List<Long> seeds, LongFunction<ScanRules> rules) {
        List<String> projects = spread == Spread.TWO_PROJECTS
                ? List.of(HssSimulator.DEFAULT_PROJECT_ID, SECOND_PROJECT) : List.of(HssSimulator.DEFAULT_PROJECT_ID);
        SideBySide.Naive naive = builds > LARGEST_NAIVE ? SideBySide.Naive.NONE : SideBySide.Naive.MEASURED_UNDER_LIMIT;
        List<SideBySide.Run> runs = new ArrayList<>();
        for (long seed : seeds) {
            BenchScenario scenario = BenchScenario.privateImages(builds * IMAGES_PER_BUILD, SimulatedHss.startOfRun(),
                    rules.apply(seed));
            runs.add(SideBySide.measure(scenario, plans(scenario.refs(), spread, projects), projects, seed, naive));
        }
        return new Measurement(builds + " builds x " + IMAGES_PER_BUILD + ", " + spread.label,
                builds * IMAGES_PER_BUILD, naive, runs);
    }

    /** Consecutive images per build; the first half of the builds in the first project, the rest in the second. */
    private static List<BuildPlan> plans(List<ImageRef> refs, Spread spread, List<String> projects) {
        int builds = refs.size() / IMAGES_PER_BUILD;
        List<BuildPlan> plans = new ArrayList<>();
        for (int b = 0; b < builds; b++) {
            String project = projects.get(b * projects.size() / builds);
            BuildPlan plan = BuildPlan.imageList(project,
                    refs.subList(b * IMAGES_PER_BUILD, (b + 1) * IMAGES_PER_BUILD));
            plans.add(spread == Spread.CLI_PROCESSES ? plan.inProcess(b) : plan);
        }
        return plans;
    }
}
