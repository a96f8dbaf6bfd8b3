package io.jenkins.plugins.hss.core.gate;

import java.util.List;

/** Gate policies for tests. */
public final class Policies {

    private Policies() {
    }

    public static GatePolicy defaults() {
        return GatePolicy.defaults();
    }

    public static GatePolicy withThreshold(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome) {
        return GatePolicy.defaults().withThresholds(List.of(new FindingThreshold(metric, scope, max, outcome)));
    }
}
