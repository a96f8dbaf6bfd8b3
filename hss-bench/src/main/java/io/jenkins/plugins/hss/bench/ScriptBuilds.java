package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * One script per build, all started at one instant on one simulator and one credential, each with
 * an SDK client of its own, as separate builds have: what each build waited, and what the
 * simulator received.
 */
final class ScriptBuilds {

    record Outcome(List<BuildTiming> builds, RequestCounts counts) {
    }

    private ScriptBuilds() {
    }

    /**
     * @param script      the script a build runs, given its SDK session
     * @param giveUpAfter simulated time after which the scripts count as hung
     */
    static Outcome run(SimulatedHss hss, List<BuildPlan> builds, BiFunction<SdkSession, BuildPlan, BuildScript> script,
                       Duration giveUpAfter) {
        List<BuildScript> scripts = new ArrayList<>();
        builds.forEach(plan -> scripts.add(script.apply(new SdkSession(hss, plan.projectId()), plan)));
        if (!new ScriptClock(hss.clock()).run(scripts, giveUpAfter)) {
            throw new IllegalStateException("the scripts had no verdict within " + giveUpAfter + " of simulated time");
        }
        List<TriggeredScan> scans = hss.simulator().scans();
        List<BuildTiming> timings = new ArrayList<>();
        for (int i = 0; i < builds.size(); i++) {
            timings.add(BuildTiming.of(scripts.get(i), builds.get(i).targets(), scans));
        }
        return new Outcome(timings, hss.counts());
    }

    static BuildScript competent(SdkSession sdk, BuildPlan plan) {
        return plan.operateAll() ? CompetentSdkScript.everyPrivateImage(sdk) : CompetentSdkScript.imageList(sdk, plan.images());
    }

    static BuildScript naive(SdkSession sdk, BuildPlan plan) {
        if (plan.operateAll()) {
            throw new IllegalArgumentException("the per-image script needs an image list");
        }
        return new NaiveSdkScript(sdk, plan.images());
    }
}
