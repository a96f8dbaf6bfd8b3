package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * One build's wait, whoever waited: when its first request went out, when its trigger did, when
 * the last of its scans really ended (the simulator's account, not what the client saw) and when
 * the client had its verdict.
 *
 * @param timedOut the verdict is a timeout's, not the scans' results
 */
record BuildTiming(Instant firstRequest, Instant triggeredAt, Instant lastScanEnd, Instant verdictAt,
                   boolean timedOut) {

    /** From the end of the last scan to the verdict. */
    Duration delay() {
        return Duration.between(lastScanEnd, verdictAt);
    }

    /** From the first request to the verdict: the build's whole wait. */
    Duration total() {
        return Duration.between(firstRequest, verdictAt);
    }

    /** From the trigger to the verdict: what a timeout counted from the trigger must allow. */
    Duration waited() {
        return Duration.between(triggeredAt, verdictAt);
    }

    /** A script's run, with the end of the scans of {@code images} (null: every scan) as the simulator ran them. */
    static BuildTiming of(BuildScript script, Collection<ImageRef> images, List<TriggeredScan> scans) {
        return new BuildTiming(script.firstRequest(), script.triggeredAt(), lastEnd(images, scans),
                script.verdictAt(), false);
    }

    /** When the last scan of {@code images} (null: of any image) ended. */
    static Instant lastEnd(Collection<ImageRef> images, List<TriggeredScan> scans) {
        return scans.stream().filter(scan -> images == null || images.contains(scan.image()))
                .map(TriggeredScan::completedAt).max(Instant::compareTo)
                .orElseThrow(() -> new IllegalStateException("no scan of the build was started"));
    }
}
