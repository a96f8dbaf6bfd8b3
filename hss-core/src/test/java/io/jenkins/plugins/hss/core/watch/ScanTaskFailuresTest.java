package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: after the wait on the newer API, the run reads its own scan task once, and the images
 * its {@code failed_images} names carry the task's reason in the report; a task that cannot be read
 * is said to be, and the rows alone decide.
 */
class ScanTaskFailuresTest {

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder()
            .image("team-a/api:1.0")
            .image("team-a/etl:1.0", image -> image.outcome(ScanOutcome.FAILED).failureReason("failed_to_scan_vulnerability"))
            .build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void theRunsOwnTaskNamesItsFailedImagesInTheReportWithOneCall() {
        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0",
                "team-a/etl:1.0").build()));

        assertThat(report.scanTask()).isNotNull();
        assertThat(report.scanTask().unread()).isNull();
        assertThat(report.scanTask().taskId()).isNotBlank();
        assertThat(report.scanTask().failedImages()).isEqualTo(1);
        assertThat(report.images()).filteredOn(image -> image.imageName().equals("etl")).singleElement()
                .satisfies(image -> {
                    assertThat(image.taskFailure()).isEqualTo("failed_to_scan_vulnerability");
                    assertThat(image.outcome()).isEqualTo(Outcome.FAILURE);
                });
        assertThat(report.images()).filteredOn(image -> image.imageName().equals("api"))
                .extracting(ImageResult::outcome).containsExactly(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_TASKS)).isEqualTo(1);
        assertThat(report.requests()).containsEntry(ApiName.IMAGE_TASKS.label(), 1);
    }

    /**
     * An image pushed just before the run is synced and triggered by a second scan task of the
     * same run: both tasks are the run's own, and the second one's failed image is named.
     */
    @Test
    void aRunThatTriggeredTwiceReadsBothOfItsTasks() {
        cloud.hss.push("team-a/app:1.1", image -> image.outcome(ScanOutcome.FAILED).failureReason("image_file_broken"));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0",
                "team-a/app:1.1").build()));

        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).as("the list at once, then the synced image").isEqualTo(2);
        assertThat(report.scanTask().unread()).isNull();
        assertThat(report.scanTask().failedImages()).isEqualTo(1);
        assertThat(report.images()).filteredOn(image -> image.imageName().equals("app")).singleElement()
                .satisfies(image -> assertThat(image.taskFailure()).isEqualTo("image_file_broken"));
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_TASKS)).as("one call finds both").isEqualTo(1);
    }

    @Test
    void aTaskThatCannotBeReadIsSaidToBeAndTheRowsAloneDecide() {
        cloud.hss.faults().next(Endpoint.LIST_IMAGE_TASKS, Fault.status(403));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build()));

        assertThat(report.outcome()).as("the row proves the scan succeeded").isEqualTo(Outcome.SUCCESS);
        assertThat(report.scanTask().unread()).contains("403");
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_TASKS)).as("one call, not retried past its refusal").isEqualTo(1);
    }

    @Test
    void batchScanHasNoTaskToRead() {
        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.BATCH_SCAN, "team-a/api:1.0").build()));

        assertThat(report.scanTask()).isNull();
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_TASKS)).isZero();
    }
}
