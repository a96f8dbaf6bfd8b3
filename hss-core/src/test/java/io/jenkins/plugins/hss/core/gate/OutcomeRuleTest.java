package io.jenkins.plugins.hss.core.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.OutcomeRule;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutcomeRuleTest {

    @Test
    void readsTheCaseAndTheOutcomeInAnyLetterCase() {
        assertThat(OutcomeRule.parse(" Image_Oversized = FAILURE ")).isEqualTo(new OutcomeRule("image_oversized", Outcome.FAILURE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"success=success", "failed=unstable", "download_failed=success", "image_oversized=failure",
        "timeout=unstable", "not_found=failure", "not_started=unstable"})
    void toStringIsTheTextFormParseReads(String text) {
        assertThat(OutcomeRule.parse(text)).hasToString(text);
    }

    @Test
    void casesAreTheTerminalStatusesAndTheWaitsEndingsWithoutAResult() {
        assertThat(OutcomeRule.cases()).containsExactly("success", "failed", "download_failed", "image_oversized",
                "timeout", "not_found", "not_started");
    }

    @Test
    void aStatusThatIsNotTerminalNamesTheKnownCases() {
        assertThatThrownBy(() -> OutcomeRule.parse("scanning=failure"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"scanning\"").hasMessageContaining("image_oversized").hasMessageContaining("not_started");
    }

    @Test
    void anUnknownOutcomeNamesTheOutcomes() {
        assertThatThrownBy(() -> OutcomeRule.parse("timeout=ignore"))
                .hasMessageContaining("timeout=ignore").hasMessageContaining("success, unstable or failure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"timeout", "timeout:unstable", "=failure", "failed=unstable=failure"})
    void textWithoutOneCaseAndOneOutcomeNamesTheForm(String text) {
        assertThatThrownBy(() -> OutcomeRule.parse(text)).hasMessageContaining("case=outcome");
    }

    @Test
    void appliesToItsCaseOnlyAndKeepsTheOthers() {
        GatePolicy gate = OutcomeRule.parse("image_oversized=failure")
                .applyTo(OutcomeRule.parse("not_found=unstable").applyTo(GatePolicy.builder())).build();

        assertThat(gate.outcomeFor(ScanStatus.IMAGE_OVERSIZED)).isEqualTo(Outcome.FAILURE);
        assertThat(gate.onNotFound()).isEqualTo(Outcome.UNSTABLE);
        assertThat(gate.outcomeFor(ScanStatus.SUCCESS)).isEqualTo(Outcome.SUCCESS);
        assertThat(gate.onTimeout()).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void theWaitsEndingsSetTheirOwnOutcomes() {
        GatePolicy.Builder gate = GatePolicy.builder();
        OutcomeRule.parse("timeout=unstable").applyTo(gate);
        OutcomeRule.parse("not_started=success").applyTo(gate);

        assertThat(gate.build()).satisfies(g -> {
            assertThat(g.onTimeout()).isEqualTo(Outcome.UNSTABLE);
            assertThat(g.onNotStarted()).isEqualTo(Outcome.SUCCESS);
            assertThat(g.onNotFound()).isEqualTo(Outcome.FAILURE);
        });
    }
}
