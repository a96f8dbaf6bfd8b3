package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.ScanFields;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    @Test
    void aReportReadsBackEqual() throws IOException {
        ScanReport report = Reports.mixed();

        ScanReport read = new JsonReportReader().read(new StringReader(new JsonReportWriter().render(report)));

        assertThat(read).isEqualTo(report);
    }

    @Test
    void imagesCountedButNotNamedReadBackWithTheirOutcome() throws IOException {
        ScanReport report = Reports.withUnlisted();

        String json = new JsonReportWriter().render(report);
        ScanReport read = new JsonReportReader().read(new StringReader(json));

        assertThat(read).isEqualTo(report);
        assertThat(read.verdict().unlisted().count()).isEqualTo(3);
        assertThat(read.outcome()).isEqualTo(io.jenkins.plugins.hss.core.model.Outcome.FAILURE);
        assertThat(read.totals()).containsEntry("timed_out", 3).containsEntry("success", 2);
        assertThat(new JsonReportWriter().render(Reports.mixed())).as("absent when none").doesNotContain("unlisted");
    }

    @Test
    void theApiTheRunUsedIsWrittenAndReadBackAndAnOlderReportSaysNone() throws IOException {
        ScanReport mixed = Reports.mixed();
        ScanReport onNewerApi = new ScanReport(mixed.verdict(), mixed.triggeredAt(), mixed.finishedAt(),
                mixed.requests(), mixed.requestShares(), "image-scan-tasks");

        String json = new JsonReportWriter().render(onNewerApi);

        assertThat(json.replace(" ", "")).contains("\"api\":\"image-scan-tasks\"");
        assertThat(new JsonReportReader().read(new StringReader(json))).isEqualTo(onNewerApi);
        assertThat(new JsonReportWriter().render(mixed)).doesNotContain("\"api\"");
        assertThat(new JsonReportReader().read(new StringReader(new JsonReportWriter().render(mixed))).api()).isNull();
    }

    @Test
    void theScanTasksFailedImagesReadBackAndATaskNotReadSaysWhy() throws IOException {
        ScanReport mixed = Reports.mixed();
        var images = mixed.images().stream().map(image -> image.withTaskFailure("download failed")).toList();
        ScanReport read = new ScanReport(new io.jenkins.plugins.hss.core.gate.Verdict(mixed.outcome(), images,
                mixed.verdict().reasons(), mixed.verdict().unlisted()), mixed.triggeredAt(), mixed.finishedAt(),
                mixed.requests(), mixed.requestShares(), "image-scan-tasks", ScanTaskReading.read("task-1", 2));
        ScanReport unread = new ScanReport(mixed.verdict(), mixed.triggeredAt(), mixed.finishedAt(), mixed.requests(),
                mixed.requestShares(), "image-scan-tasks", ScanTaskReading.unread("2 scan tasks began"));

        String json = new JsonReportWriter().render(read);

        assertThat(json.replace(" ", "").replace("\n", "")).contains("\"scanTask\":{\"taskId\":\"task-1\",\"failedImages\":2}",
                "\"taskFailure\":\"downloadfailed\"");
        assertThat(new JsonReportReader().read(new StringReader(json))).isEqualTo(read);
        assertThat(new JsonReportReader().read(new StringReader(new JsonReportWriter().render(unread)))).isEqualTo(unread);
        assertThat(new JsonReportWriter().render(mixed)).doesNotContain("scanTask", "taskFailure");
    }

    @Test
    void anImagesSeverityReadsBackAndIsAbsentWhereTheApiListedNone() throws IOException {
        ScanReport report = Reports.of(io.jenkins.plugins.hss.core.gate.Images.withFindings("team-a/api:1.0",
                new io.jenkins.plugins.hss.core.gate.Findings(1, 0, 0, java.util.Map.of()).withSeverity("High")));

        String json = new JsonReportWriter().render(report);

        assertThat(json.replace(" ", "")).contains("\"severityLevel\":\"High\"");
        assertThat(new JsonReportReader().read(new StringReader(json))).isEqualTo(report);
        assertThat(new JsonReportWriter().render(Reports.mixed())).doesNotContain("severityLevel");
    }

    @Test
    void aRunsShareOfTheCallsThatServedItReadsBack() throws IOException {
        ScanReport mixed = Reports.mixed();
        ScanReport shared = new ScanReport(mixed.verdict(), mixed.triggeredAt(), mixed.finishedAt(), mixed.requests(),
                java.util.Map.of("batch-scan", 0.14, "swr-repository", 0.57));

        String json = new JsonReportWriter().render(shared);

        assertThat(json).contains("\"requestShares\"", "\"batch-scan\" : 0.14");
        assertThat(new JsonReportReader().read(new StringReader(json))).isEqualTo(shared);
        String older = new JsonReportWriter().render(mixed).replaceAll("(?s),\\s*\"requestShares\" : \\{[^}]*}", "");
        assertThat(older).doesNotContain("requestShares");
        assertThat(new JsonReportReader().read(new StringReader(older)).requestShares()).as("nothing was shared")
                .isEqualTo(java.util.Map.of("batch-scan", 1.0, "swr-repository", 4.0));
    }

    @Test
    void theScansSettingsAreWrittenInTheirTextFormAndReadBackAndAnOlderReportHasNone() throws IOException {
        ScanSettings settings = ScanSettings.builder().imageType("private_image")
                .imageReferences(List.of("team-a/nginx:1.25", "team-a/app:2")).projectId("p")
                .thresholds("immediate_repair>0:failure").timeout("45m").build();
        ScanReport report = Reports.mixed().withSettings(settings.fields());

        String json = new JsonReportWriter().render(report);
        ScanReport read = new JsonReportReader().read(new StringReader(json));

        assertThat(json).contains("\"settings\" : {", "\"image_info_list\" : \"team-a/nginx:1.25\\nteam-a/app:2\"",
                "\"wait.timeout\" : \"PT45M\"", "\"gate.thresholds\" : \"immediate_repair>0:failure\"");
        assertThat(read).isEqualTo(report);
        assertThat(ScanSettings.builder().fields(read.settings()).build()).isEqualTo(settings);
        assertThat(new JsonReportWriter().render(Reports.mixed())).doesNotContain("\"settings\"");
        assertThat(new JsonReportReader().read(new StringReader(new JsonReportWriter().render(Reports.mixed())))
                .settings()).isEqualTo(ScanFields.none());
    }

    @Test
    void theJsonNamesItsSchema() {
        assertThat(new JsonReportWriter().render(Reports.mixed())).contains("\"schema\" : \"hss-image-scan/report@1\"");
    }

    @Test
    void anotherSchemaIsRefused() {
        assertThatThrownBy(() -> new JsonReportReader().read(new StringReader("{\"schema\":\"other@9\"}")))
                .isInstanceOf(IOException.class).hasMessageContaining("other@9");
    }

    @Test
    void answersThatProveNothingReadBackAsTheyWere() throws IOException {
        ScanReport report = Reports.unproven();

        String json = new JsonReportWriter().render(report);

        assertThat(new JsonReportReader().read(new java.io.StringReader(json))).isEqualTo(report);
        assertThat(json).contains("\"state\" : \"malformed_answer\"", "\"problem\" : \"negative counts: vul_num -5\"",
                "\"vulnerabilities\" : null", "\"unknownRepairNecessity\"", "\"repairNecessityUnknown\"");
    }
}
