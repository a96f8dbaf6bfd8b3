package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.Scenario;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A scan task, like a batch scan, is never sent again blindly: a lost answer is checked by listing its images. */
class ImageScanTaskTriggerTest {

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void aScanTaskExecutedButAnswered500IsCheckedNotRepeated() {
        cloud.hss.faults().next(Endpoint.CREATE_IMAGE_SCAN_TASK, Fault.servedThenError(500));

        ScanReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).as("sent once: the check saw the scan start")
                .isEqualTo(1);
        assertThat(cloud.events(WatchEvent.TriggerConfirmed.class)).hasSize(1);
        assertThat(report.requests()).containsEntry(ApiName.IMAGE_SCAN_TASKS.label(), 1)
                .containsEntry(ApiName.REGISTRY_IMAGES.label(), (int) cloud.requests(Endpoint.LIST_REGISTRY_IMAGES));
    }

    @Test
    void aScanTaskThatNeverRanIsSentAgainOnceTheCheckShowsNothingStarted() {
        cloud.hss.faults().next(Endpoint.CREATE_IMAGE_SCAN_TASK, Fault.status(500));

        ScanReport report = run();

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).as("the lost one and the one sent again")
                .isEqualTo(2);
        assertThat(cloud.events(WatchEvent.TriggerResent.class)).hasSize(1);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isZero();
    }

    @Test
    void theConsoleNamesTheScanTaskNotABatchScan() {
        cloud.hss.faults().next(Endpoint.CREATE_IMAGE_SCAN_TASK, Fault.status(500));

        run();

        assertThat(cloud.messages()).anyMatch(m -> m.contains("sending the scan task (POST image/image-scan/tasks) again"))
                .noneMatch(m -> m.contains("batch scan"));
    }

    private ScanReport run() {
        return cloud.finish(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build()));
    }
}
