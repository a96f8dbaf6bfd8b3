package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.ImageRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Runs one naive script per build on the shared simulated clock: every script makes its round at
 * the same instant, then the clock moves on by the script's interval, until every build has its
 * verdict. Each script has its own SDK client, as separate builds do; all use one credential.
 */
final class NaiveBuilds {

    /**
     * @param timeToAllVerdicts from the first trigger attempt to the round that finished the last build
     * @param counts            what the simulator received
     */
    record Outcome(Duration timeToAllVerdicts, RequestCounts counts) {
    }

    private NaiveBuilds() {
    }

    /** @param giveUpAfter simulated time after which the run counts as hung */
    static Outcome run(SimulatedHss hss, List<List<ImageRef>> builds, Duration giveUpAfter) {
        List<NaiveSdkScript> scripts = builds.stream().map(images -> new NaiveSdkScript(hss, images)).toList();
        Instant start = hss.clock().instant();
        while (true) {
            scripts.stream().filter(script -> !script.finished()).forEach(NaiveSdkScript::round);
            if (scripts.stream().allMatch(NaiveSdkScript::finished)) {
                break;
            }
            if (Duration.between(start, hss.clock().instant()).compareTo(giveUpAfter) > 0) {
                throw new IllegalStateException("the naive scripts did not finish within " + giveUpAfter);
            }
            hss.clock().advance(NaiveSdkScript.INTERVAL);
        }
        Instant last = scripts.stream().map(NaiveSdkScript::finishedAt).max(Instant::compareTo).orElse(start);
        return new Outcome(Duration.between(start, last), hss.counts());
    }
}
