package io.jenkins.plugins.hss.core.gate;

import static io.jenkins.plugins.hss.core.gate.Images.failed;
import static io.jenkins.plugins.hss.core.gate.Images.finished;
import static io.jenkins.plugins.hss.core.gate.Images.inState;
import static io.jenkins.plugins.hss.core.gate.Images.withLevels;
import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateTest {

    private final Gate defaults = new Gate(Policies.defaults());

    @Test
    void allSuccessfulScansPass() {
        Verdict verdict = defaults.evaluate(List.of(finished("a", "success", 0), finished("b", "success", 3)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void oneFailedScanFailsTheRunWithItsDescriptionAsTheReason() {
        Verdict verdict = defaults.evaluate(List.of(finished("a", "success", 0), failed("b", "unknown_error")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).containsExactly("team-a/b:1.0: scan status failed (unknown_error)");
    }

    @Test
    void anOversizedImageIsUnstable() {
        Verdict verdict = defaults.evaluate(List.of(finished("big", "image_oversized", 0)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNSTABLE);
    }

    @Test
    void theVerdictIsTheWorstAndOnlyTheImagesThatCausedItGiveReasons() {
        Verdict verdict = defaults.evaluate(List.of(finished("big", "image_oversized", 0), finished("c", "download_failed", 0)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).hasSize(1).allMatch(r -> r.startsWith("team-a/c:1.0"));
        assertThat(verdict.images().get(0).outcome()).isEqualTo(Outcome.UNSTABLE);
    }

    @Test
    void missingTimedOutAndNeverStartedImagesTakeTheirPolicyOutcomes() {
        Gate gate = new Gate(Policies.defaults());

        assertThat(gate.judge(inState("gone", WaitEnd.NOT_FOUND, null)).outcome()).isEqualTo(Policies.defaults().onNotFound());
        assertThat(gate.judge(inState("slow", WaitEnd.TIMED_OUT, "scanning")).reason()).contains("timed out", "scanning");
        assertThat(gate.judge(inState("idle", WaitEnd.NOT_STARTED, "success")).outcome()).isEqualTo(Policies.defaults().onNotStarted());
    }

    @Test
    void aTimedOutImageWithTheVerdictsOutcomeDecidesItByTimeout() {
        Verdict verdict = defaults.evaluate(List.of(finished("a", "success", 0), inState("slow", WaitEnd.TIMED_OUT, "scanning")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.decidedByTimeout()).isTrue();
    }

    @Test
    void aNeverStartedImageWithTheVerdictsOutcomeDecidesItByTimeout() {
        Gate gate = new Gate(Policies.defaults().toBuilder().onNotStarted(Outcome.UNSTABLE).build());

        Verdict verdict = gate.evaluate(List.of(inState("idle", WaitEnd.NOT_STARTED, "success")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(verdict.decidedByTimeout()).isTrue();
    }

    @Test
    void aTimeoutBelowTheVerdictsOutcomeDoesNotDecideIt() {
        Gate gate = new Gate(Policies.defaults().toBuilder().onTimeout(Outcome.UNSTABLE).build());

        Verdict verdict = gate.evaluate(List.of(failed("b", "unknown_error"), inState("slow", WaitEnd.TIMED_OUT, "scanning")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.decidedByTimeout()).isFalse();
    }

    @Test
    void aTimeoutThatThePolicyPassesDecidesNothing() {
        Gate gate = new Gate(Policies.defaults().toBuilder().onTimeout(Outcome.SUCCESS).build());

        Verdict verdict = gate.evaluate(List.of(inState("slow", WaitEnd.TIMED_OUT, "scanning")));

        assertThat(verdict.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(verdict.decidedByTimeout()).isFalse();
    }

    @Test
    void aPerImageVulnerabilityThresholdNamesTheCount() {
        Gate gate = new Gate(Policies.countingHandled(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 5, Outcome.UNSTABLE));

        Verdict verdict = gate.evaluate(List.of(finished("a", "success", 6), finished("b", "success", 5)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(verdict.reasons()).containsExactly("team-a/a:1.0: 6 " + FindingMetric.VULNERABILITIES.key() + " (more than 5)");
    }

    @Test
    void aTotalThresholdSumsOverImages() {
        Gate gate = new Gate(Policies.countingHandled(FindingMetric.VULNERABILITIES, ThresholdScope.TOTAL, 5, Outcome.FAILURE));

        Verdict verdict = gate.evaluate(List.of(finished("a", "success", 3), finished("b", "success", 3)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).singleElement().asString().startsWith("6 ").contains("in total");
    }

    @Test
    void aRepairNecessityThresholdCountsOnlyThatLevel() {
        Gate gate = new Gate(Policies.withThreshold(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE, 0, Outcome.FAILURE));

        assertThat(gate.evaluate(List.of(withLevels("a", 0, 9))).outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(gate.evaluate(List.of(withLevels("a", 1, 0))).outcome()).isEqualTo(Outcome.FAILURE);
    }

    @Test
    void unknownLevelCountsNeverPass() {
        Gate gate = new Gate(Policies.withThreshold(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE, 0, Outcome.FAILURE));

        Verdict verdict = gate.evaluate(List.of(finished("a", "success", 4)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).singleElement().asString().contains("unknown");
    }

    @Test
    void aCountHssDidNotReportBreachesTheThresholdThatReadsIt() {
        Gate gate = new Gate(Policies.countingHandled(FindingMetric.VULNERABILITIES, ThresholdScope.PER_IMAGE, 0, Outcome.UNSTABLE));
        ImageResult unknown = Images.withFindings("a", new Findings(null, 0, 0, java.util.Map.of()));

        Verdict verdict = gate.evaluate(List.of(unknown));

        assertThat(verdict.outcome()).isEqualTo(Outcome.UNSTABLE);
        assertThat(verdict.reasons()).containsExactly("team-a/a:1.0: vulnerabilities unknown: HSS did not report vul_num");
        assertThat(defaults.evaluate(List.of(unknown)).outcome()).as("no threshold reads it").isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aMalformedAnswerFailsWhateverThePolicyAndDecidesTheVerdict() {
        Gate lenient = new Gate(GatePolicy.builder().onTimeout(Outcome.SUCCESS).onNotStarted(Outcome.SUCCESS)
                .onNotFound(Outcome.SUCCESS).build());
        ImageResult malformed = new ImageResult("private_image", "team-a", "a", "1.0", "id", WaitEnd.MALFORMED_ANSWER,
                "success", null, null, null, "negative counts: vul_num -5");

        Verdict verdict = lenient.evaluate(List.of(malformed));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).containsExactly("team-a/a:1.0: malformed answer from HSS: negative counts: vul_num -5");
        assertThat(verdict.decidedByMalformedAnswer()).isTrue();
        assertThat(verdict.decidedByTimeout()).isFalse();
    }

    @Test
    void aVulnerabilityOfAnUnknownNecessityCountsAtEveryLevel() {
        Findings levels = new Findings(3, 0, 0, java.util.Map.of()).withNecessityCounts(
                java.util.Map.of(io.jenkins.plugins.hss.core.model.RepairNecessity.DELAY_REPAIR, 2),
                java.util.Map.of("emergency_repair", 1));
        ImageResult image = Images.withFindings("a", levels);
        Gate immediate = new Gate(Policies.withThreshold(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE,
                0, Outcome.FAILURE));
        Gate delay = new Gate(Policies.withThreshold(FindingMetric.DELAY_REPAIR_VULNERABILITIES, ThresholdScope.PER_IMAGE,
                3, Outcome.FAILURE));

        assertThat(immediate.evaluate(List.of(image)).reasons()).singleElement().asString()
                .contains("1 unhandled immediate_repair (more than 0)", "emergency_repair", "at every level");
        assertThat(delay.evaluate(List.of(image)).outcome()).as("2 + 1 is not more than 3").isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aStatusThisVersionDoesNotKnowFailsAndSaysSo() {
        Verdict verdict = defaults.evaluate(List.of(finished("a", "quarantined", 0)));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reasons()).singleElement().asString().contains("quarantined", "not a status this version knows");
    }

    @Test
    void theGateJudgesTheImageItselfAndAVerdictTakesNoImageItDidNotJudge() {
        ImageResult image = failed("a", "image download failed");
        ImageResult judged = new Gate(GatePolicy.defaults()).judge(image);

        assertThat(image.isJudged()).isFalse();
        assertThat(judged).usingRecursiveComparison().ignoringFields("outcome", "reason").isEqualTo(image);
        assertThat(judged.outcome()).isEqualTo(Outcome.FAILURE);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new Verdict(Outcome.SUCCESS, List.of(image), List.of()))
                .withMessageContaining(image.reference());
    }

    @Test
    void anImageItsScanTaskListsAsFailedIsNeverPassedThoughItsRowSaysSuccess() {
        ImageResult verdict = new Gate(GatePolicy.defaults()).judge(finished("a", "success", 0)
                .withTaskFailure("image download failed"));

        assertThat(verdict.outcome()).isEqualTo(Outcome.FAILURE);
        assertThat(verdict.reason()).isEqualTo("the run's scan task lists it as failed (image download failed)");
        assertThat(new Gate(GatePolicy.defaults()).judge(finished("a", "success", 0)).outcome()).isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void aRowThatShowsTheFailureTooIsJudgedByTheStatusOutcomeTheUserChose() {
        GatePolicy oversizedPasses = GatePolicy.defaults().toBuilder()
                .statusOutcome(io.jenkins.plugins.hss.core.model.ScanStatus.IMAGE_OVERSIZED, Outcome.SUCCESS).build();

        ImageResult verdict = new Gate(oversizedPasses).judge(finished("a", "image_oversized", 0)
                .withTaskFailure("image_oversized"));

        assertThat(verdict.outcome()).as("the row and the task agree: image_oversized=success decides")
                .isEqualTo(Outcome.SUCCESS);
    }

    @Test
    void anUnfinishedImageItsTaskListsAsFailedIsNotPassedByATimeoutRule() {
        GatePolicy timeoutPasses = GatePolicy.defaults().toBuilder().onTimeout(Outcome.SUCCESS).build();

        assertThat(new Gate(timeoutPasses).judge(inState("a", WaitEnd.TIMED_OUT, "scanning")
                .withTaskFailure("scan error")).outcome()).isEqualTo(Outcome.FAILURE);
    }
}
