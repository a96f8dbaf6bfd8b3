package io.jenkins.plugins.hss.core.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: by default the vulnerability thresholds count the unhandled vulnerabilities, which
 * come from the list ({@code handle_status=unhandled}); {@code vul_num} counts the handled ones too,
 * so it only bounds the count: within the threshold it proves the pass, beyond it the count is
 * unknown until the list is read.
 */
class HandledVulnerabilitiesGateTest {

    /** vul_num 6, of which the list of unhandled ones holds 2 immediate_repair and 1 delay_repair. */
    private static final ImageResult THREE_OF_SIX_UNHANDLED = Images.withFindings("a", new Findings(6, 0, 0, Map.of())
            .withNecessityCounts(Map.of(RepairNecessity.IMMEDIATE_REPAIR, 2, RepairNecessity.DELAY_REPAIR, 1)));

    private static Gate gate(FindingMetric metric, ThresholdScope scope, int max) {
        return new Gate(Policies.withThreshold(metric, scope, max, Outcome.FAILURE));
    }

    @Test
    void theDefaultCountsTheUnhandledVulnerabilitiesOnly() {
        assertThat(GatePolicy.defaults().countsHandled()).isFalse();
        assertThat(gate(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 3).evaluate(List.of(THREE_OF_SIX_UNHANDLED))
                .outcome()).as("3 unhandled of 6").isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aBreachSaysItCountedUnhandledVulnerabilities() {
        Verdict verdict = gate(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 2).evaluate(List.of(THREE_OF_SIX_UNHANDLED));

        assertThat(verdict.reasons()).containsExactly("team-a/a:1.0: 3 unhandled vulnerabilities (more than 2)");
    }

    @Test
    void countingHandledOnesCountsVulNum() {
        Gate gate = new Gate(Policies.countingHandled(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 3,
                Outcome.FAILURE));

        assertThat(gate.evaluate(List.of(THREE_OF_SIX_UNHANDLED)).reasons())
                .containsExactly("team-a/a:1.0: 6 vulnerabilities (more than 3)");
    }

    @Test
    void vulNumWithinTheThresholdProvesThePassWithoutTheList() {
        assertThat(gate(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 5)
                .evaluate(List.of(Images.finished("a", "success", 5))).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(gate(FindingMetric.VULNERABILITIES, ThresholdScope.TOTAL, 5)
                .evaluate(List.of(Images.finished("a", "success", 2), Images.finished("b", "success", 3))).outcome())
                .isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void vulNumBeyondTheThresholdWithoutTheListIsUnknownAndBreaches() {
        Verdict verdict = gate(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 5)
                .evaluate(List.of(Images.finished("a", "success", 6)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).singleElement().asString()
                .contains("unhandled vulnerabilities unknown", "vul_num counts the handled ones too");
    }

    @Test
    void levelsCountTheUnhandledOnesOfTheirLevel() {
        assertThat(gate(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE, 1)
                .evaluate(List.of(THREE_OF_SIX_UNHANDLED)).reasons())
                .containsExactly("team-a/a:1.0: 2 unhandled immediate_repair (more than 1)");
        assertThat(gate(FindingMetric.DELAY_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE, 1)
                .evaluate(List.of(THREE_OF_SIX_UNHANDLED)).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aLevelCountNotListedIsBoundedByVulNumToo() {
        assertThat(gate(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE, 2)
                .evaluate(List.of(Images.finished("a", "success", 2))).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(gate(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE, 1)
                .evaluate(List.of(Images.finished("a", "success", 2))).outcome()).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void otherFindingsAreNotVulnerabilitiesAndHaveNoHandleStatus() {
        Gate gate = gate(FindingMetric.MALICIOUS_FILES, ThresholdScope.PER_IMAGE, 0);

        assertThat(gate.evaluate(List.of(Images.withFindings("a", new Findings(0, 2, 0, Map.of())))).reasons())
                .containsExactly("team-a/a:1.0: 2 malicious_files (more than 0)");
    }
}
