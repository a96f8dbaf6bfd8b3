package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.gate.Images;
import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private final String text = new TextReportWriter().render(Reports.mixed());

    @Test
    void listsEveryImageThenTheVerdict() {
        assertThat(text).contains("team-a/ok:1.0", "team-a/bad:1.0", "Verdict: FAILURE");
    }

    @Test
    void controlCharactersFromTheApiNeverReachTheConsole() {
        assertThat(text).doesNotContain("\u001b");
        assertThat(text.lines().filter(l -> l.startsWith("next"))).isEmpty();
    }

    @Test
    void aFailureDescriptionThatRepeatsTheStatusIsNotPrintedAgain() {
        String oversized = new TextReportWriter().render(Reports.of(Images.ended("big", "image_oversized", "image_oversized")));

        assertThat(oversized).doesNotContain("image_oversized: image_oversized", "(image_oversized)")
                .containsPattern("team-a/big:1\\.0 +image_oversized +0/0/0 +UNSTABLE +scan status image_oversized\n");
    }

    @Test
    void aFailureDescriptionThatSaysMoreIsPrintedBesideTheStatus() {
        String failed = new TextReportWriter().render(Reports.of(Images.ended("etl", "failed", "layer download timed out")));

        assertThat(failed).contains("failed: layer download timed out");
    }
}
