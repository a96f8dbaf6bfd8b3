package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.Images;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void withALimitItPrintsTheImagesThatDidNotPassFirstAndCountsTheRest() {
        List<ImageResult> images = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            images.add(i == 120 ? Images.failed("bad", "layer missing") : Images.finished("ok" + i, "success", 0));
        }
        String bounded = new TextReportWriter(100).render(Reports.of(images.toArray(ImageResult[]::new)));

        assertThat(bounded).contains("team-a/bad:1.0", "team-a/ok0:1.0", "team-a/ok98:1.0")
                .doesNotContain("team-a/ok99:1.0")
                .contains("(50 more images not shown, 0 of them did not pass; the totals count them)")
                .contains("Totals: {failed=1, success=149}");
        assertThat(bounded.lines().filter(l -> l.startsWith("team-a/"))).hasSize(100);
    }

    @Test
    void withALimitItPrintsTheFirstReasonsAndCountsTheRest() {
        ImageResult[] failed = new ImageResult[130];
        for (int i = 0; i < failed.length; i++) {
            failed[i] = Images.failed("bad" + i, "layer missing");
        }
        String bounded = new TextReportWriter(100).render(Reports.of(failed));

        assertThat(bounded.lines().filter(l -> l.startsWith("  - "))).hasSize(101);
        assertThat(bounded).contains("  - (30 more reasons not shown)", "(30 more images not shown, 30 of them did not pass");
    }

    @Test
    void theRunsScanTaskIsSaidOnceReadOrNot() {
        ScanReport mixed = Reports.mixed();
        ScanReport read = mixed.withScanTask(ScanTaskReading.read("task-1", 2));
        ScanReport unread = mixed.withScanTask(ScanTaskReading.unread("2 scan tasks began when the run triggered"));

        assertThat(new TextReportWriter().render(read)).contains("Scan task: scan task task-1: 2 image(s) listed as failed");
        assertThat(new MarkdownReportWriter().render(unread)).contains("Scan task: the run", "was not read",
                "2 scan tasks began when the run triggered");
        assertThat(new TextReportWriter().render(mixed)).doesNotContain("Scan task");
    }
}
