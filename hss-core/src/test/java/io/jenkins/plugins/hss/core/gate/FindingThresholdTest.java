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
    void aCvssThresholdNamesTheHighestScoreThatPassesToOneDecimalAndReadsBack() {
        FindingThreshold threshold = FindingThreshold.parse("cvss>8.9:unstable");

        assertThat(threshold.metric()).isEqualTo(FindingMetric.CVSS);
        assertThat(threshold.maxCvss()).isEqualTo(8.9);
        assertThat(threshold).hasToString("cvss>8.9:unstable");
        assertThat(FindingThreshold.parse(threshold.toString())).isEqualTo(threshold);
        assertThat(FindingThreshold.parse("cvss>7").maxCvss()).isEqualTo(7.0);
        assertThat(FindingThreshold.parse("CVSS > 10").maxCvss()).isEqualTo(10.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cvss>10.1", "cvss>11", "cvss>8.95", "cvss>high", "total:cvss>5"})
    void aCvssThresholdOutsideZeroToTenOrWithMoreDecimalsNamesTheForm(String text) {
        assertThatThrownBy(() -> FindingThreshold.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0 to 10 with at most one decimal, e.g. cvss>8.9:failure");
    }

    @Test
    void aCountTakesNoDecimals() {
        assertThatThrownBy(() -> FindingThreshold.parse("vulnerabilities>1.5")).hasMessageContaining("is not a threshold");
    }

    @Test
    void aDeniedCveNamesItsIdInNvdsFormAndReadsBack() {
        FindingThreshold threshold = FindingThreshold.parse("cve:cve-2021-44228:unstable");

        assertThat(threshold).isEqualTo(FindingThreshold.deniedCve("CVE-2021-44228", Outcome.UNSTABLE));
        assertThat(threshold).hasToString("cve:CVE-2021-44228:unstable");
        assertThat(FindingThreshold.parse(threshold.toString())).isEqualTo(threshold);
        assertThat(FindingThreshold.parse("per_image:cve:CVE-2024-123456").outcome()).isEqualTo(Outcome.FAILURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cve:CVE-21-44228", "cve:CVE-2021-442", "cve:44228", "cve:", "total:cve:CVE-2021-44228",
        "cve>0", "cve:CVE-2021-44228x"})
    void aDeniedCveOfAnotherFormNamesTheForm(String text) {
        assertThatThrownBy(() -> FindingThreshold.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cve:CVE-2021-44228:failure");
    }

    @Test
    void onlyACveThresholdNamesACve() {
        assertThatThrownBy(() -> new FindingThreshold(FindingMetric.CVSS, ThresholdScope.PER_IMAGE, 89, Outcome.FAILURE,
                "CVE-2021-44228")).hasMessageContaining("Only a cve threshold");
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
