package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import java.util.List;

/** Gate policies for tests. */
public final class Policies {

    private Policies() {
    }

    public static GatePolicy defaults() {
        return GatePolicy.defaults();
    }

    /** One threshold, counting unhandled vulnerabilities only, as the default does. */
    public static GatePolicy withThreshold(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome) {
        return GatePolicy.defaults().withThresholds(List.of(new FindingThreshold(metric, scope, max, outcome)));
    }

    /** One threshold, counting the vulnerabilities marked handled in HSS too: {@code vul_num} counts them all. */
    public static GatePolicy countingHandled(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome) {
        return withThreshold(metric, scope, max, outcome).toBuilder().countsHandled(true).build();
    }
}
