package io.jenkins.plugins.hss.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FindingThresholdTest {

    @Test
    void readsScopeMetricMaximumAndOutcome() {
        assertThat(FindingThreshold.parse("total:malicious_files>0:unstable")).isEqualTo(
                new FindingThreshold(FindingMetric.MALICIOUS_FILES, ThresholdScope.TOTAL, 0, Outcome.UNSTABLE));
    }

    @Test
    void scopeDefaultsToPerImageAndOutcomeToFailure() {
        assertThat(FindingThreshold.parse("vulnerabilities>10")).isEqualTo(
                new FindingThreshold(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 10, Outcome.FAILURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"immediate_repair>0:failure", "total:delay_repair>5:unstable", "unsafe_settings>3:success",
        "not_needed_repair>100:failure"})
    void toStringIsTheTextFormParseReads(String text) {
        assertThat(FindingThreshold.parse(text)).hasToString(text);
    }

    @Test
    void aSeverityThresholdNamesTheWorstLevelThatPassesAndReadsBack() {
        FindingThreshold threshold = FindingThreshold.parse("severity>Medium:unstable");

        assertThat(threshold.metric()).isEqualTo(FindingMetric.SEVERITY);
        assertThat(threshold.toString()).isEqualTo("severity>medium:unstable");
        assertThat(FindingThreshold.parse(threshold.toString())).isEqualTo(threshold);
        assertThat(FindingThreshold.parse("severity>security").isExceededBy(
                io.jenkins.plugins.hss.core.model.SeverityLevel.LOW.rank())).isTrue();
    }

    @Test
    void aSeverityThresholdTakesALevelPerImageAndACountTakesANumber() {
        assertThatThrownBy(() -> FindingThreshold.parse("severity>2")).hasMessageContaining("critical, high, medium");
        assertThatThrownBy(() -> FindingThreshold.parse("severity>urgent")).hasMessageContaining("severity>medium");
        assertThatThrownBy(() -> FindingThreshold.parse("total:severity>low")).hasMessageContaining("per image only");
        assertThatThrownBy(() -> FindingThreshold.parse("vulnerabilities>high")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownMetricNamesTheKnownOnes() {
        assertThatThrownBy(() -> FindingThreshold.parse("cves>1"))
                .hasMessageContaining("immediate_repair").hasMessageContaining("malicious_files");
    }

    @Test
    void isExceededOnlyAboveItsMaximum() {
        FindingThreshold threshold = FindingThreshold.parse("vulnerabilities>2");

        assertThat(threshold.isExceededBy(2)).isFalse();
        assertThat(threshold.isExceededBy(3)).isTrue();
    }

    @Test
    void worstIsTheMoreSevereOutcome() {
        assertThat(Outcome.UNSTABLE.worst(Outcome.SUCCESS)).isEqualTo(Outcome.UNSTABLE);
        assertThat(Outcome.UNSTABLE.worst(Outcome.FAILURE)).isEqualTo(Outcome.FAILURE);
    }
}
