package io.jenkins.plugins.hss.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one way of waiting did for a layout of builds: the calls the simulator received (refused
 * ones included) and each build's wait.
 */
record ClientRun(RequestCounts counts, List<BuildTiming> builds) {

    /** From the first request of any build to the last verdict. */
    Duration timeToAllVerdicts() {
        Instant first = builds.stream().map(BuildTiming::firstRequest).min(Instant::compareTo).orElseThrow();
        Instant last = builds.stream().map(BuildTiming::verdictAt).max(Instant::compareTo).orElseThrow();
        return Duration.between(first, last);
    }

    long timedOut() {
        return builds.stream().filter(BuildTiming::timedOut).count();
    }
}
