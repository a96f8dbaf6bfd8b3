package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One layout of builds (one build of N images, or B builds of a few) waited for in every way on
 * one draw of the scan times, each on a fresh simulator holding the same images: our engine at
 * each {@link BenchSettings.Pace} (its default, and the competent script's), the competent SDK
 * script, the per-image script, and the lower bound. Ours and the competent script run under
 * HSS's limit; ours, at each pace, first with the default timeout and, if that ends a build in a
 * timeout, again with one long enough for its verdict.
 */
final class SideBySide {

    /** Simulated time after which a way of waiting counts as hung, and the timeout of a run that must not time out. */
    static final Duration GIVE_UP = Duration.ofDays(30);

    /** How the per-image script is accounted for. */
    enum Naive {
        /** Run without HSS's limit: its calls are what its rule asks for, not what the limit lets through. */
        MEASURED_WITHOUT_LIMIT,
        /** Computed by its rule from the scans' ends, as it would run without the limit (too many calls to run). */
        BY_RULE,
        /** Run under HSS's limit, as concurrent builds meet it. */
        MEASURED_UNDER_LIMIT,
        /** Not measured: too slow to run, or an {@code operate_all} it cannot do. */
        NONE
    }

    /**
     * Our engine at one pace.
     *
     * @param atDefault builds that had their verdict (not a timeout) with the default timeout
     */
    record Ours(ClientRun client, long atDefault) {
    }

    /**
     * @param ours            our engine at every pace
     * @param naive           null when {@link Naive#NONE}
     * @param defaultTimeouts each build's default timeout, which grows with its targets
     */
    record Run(long seed, LowerBound bound, Map<BenchSettings.Pace, Ours> ours, ClientRun competent, ClientRun naive,
               List<Duration> defaultTimeouts) {

        Ours ours(BenchSettings.Pace pace) {
            return ours.get(pace);
        }
    }

    private SideBySide() {
    }

    static Run measure(BenchScenario scenario, List<BuildPlan> builds, List<String> projects, long seed, Naive naive) {
        EarliestTriggers earliest = EarliestTriggers.run(scenario, builds, projects);
        Map<BenchSettings.Pace, Ours> ours = new EnumMap<>(BenchSettings.Pace.class);
        for (BenchSettings.Pace pace : BenchSettings.Pace.values()) {
            ours.put(pace, ours(scenario, builds, projects, pace));
        }
        ClientRun competent = scripts(scenario, builds, projects, RateLimit.HSS, Naive.NONE);
        ClientRun perImage = switch (naive) {
            case MEASURED_WITHOUT_LIMIT -> scripts(scenario, builds, projects, null, naive);
            case MEASURED_UNDER_LIMIT -> scripts(scenario, builds, projects, RateLimit.HSS, naive);
            case BY_RULE -> naiveByRule(earliest, builds.get(0));
            case NONE -> null;
        };
        List<Duration> defaults = builds.stream().map(build -> BenchSettings.defaultTimeout(
                build.operateAll() ? scenario.size() : build.images().size())).toList();
        return new Run(seed, LowerBound.of(earliest, builds), ours, competent, perImage, defaults);
    }

    /** Ours at {@code pace} with the default timeout, and again with a long one if that timed a build out. */
    private static Ours ours(BenchScenario scenario, List<BuildPlan> builds, List<String> projects,
                             BenchSettings.Pace pace) {
        ClientRun atDefault = engine(scenario, builds, projects, null, pace);
        ClientRun client = atDefault.timedOut() == 0 ? atDefault : engine(scenario, builds, projects, GIVE_UP, pace);
        return new Ours(client, builds.size() - atDefault.timedOut());
    }

    private static ClientRun engine(BenchScenario scenario, List<BuildPlan> builds, List<String> projects,
                                    Duration timeout, BenchSettings.Pace pace) {
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, SimulatedHss.startOfRun(), projects)) {
            EngineBuilds.Outcome outcome = EngineBuilds.run(EngineClients.connection(hss.baseUrl()), hss.clock(),
                    hss.clock()::advance, builds, timeout, pace, GIVE_UP);
            List<TriggeredScan> scans = hss.simulator().scans();
            List<BuildTiming> timings = new ArrayList<>();
            for (int i = 0; i < builds.size(); i++) {
                timings.add(outcome.timing(i, builds.get(i), scans));
            }
            return new ClientRun(hss.counts(), timings);
        }
    }

    /** @param naive {@link Naive#NONE} for the competent script, else the per-image one */
    private static ClientRun scripts(BenchScenario scenario, List<BuildPlan> builds, List<String> projects,
                                     RateLimit limit, Naive naive) {
        try (SimulatedHss hss = SimulatedHss.start(scenario, limit, SimulatedHss.startOfRun(), projects)) {
            ScriptBuilds.Outcome outcome = ScriptBuilds.run(hss, builds,
                    naive == Naive.NONE ? ScriptBuilds::competent : ScriptBuilds::naive, GIVE_UP);
            return new ClientRun(outcome.counts(), outcome.builds());
        }
    }

    /**
     * The per-image script's rule, without HSS's limit, on the scans as they run when it triggers
     * at its first request (as the bound does): each image asked for every 30 s until its scan ended.
     */
    private static ClientRun naiveByRule(EarliestTriggers scans, BuildPlan build) {
        NaiveSdkScript.Rule rule = NaiveSdkScript.byRule(scans.scans(), scans.start());
        BuildTiming timing = new BuildTiming(scans.start(), scans.start(),
                BuildTiming.lastEnd(build.targets(), scans.scans()), rule.verdictAt(), false);
        return new ClientRun(new RequestCounts(1, rule.listCalls(), 0, 0, 0), List.of(timing));
    }
}
