package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.ImageTaskQuery;
import io.jenkins.plugins.hss.core.model.ImageScanSelection;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.TaskState;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An aborted build stops its scan task on the newer API, and only one it can prove is its own. */
class ScanTaskStopTest {

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder()
            .image("team-a/api:1.0", image -> image.scanDuration(Duration.ofHours(1)))
            .image("team-a/web:1.0", image -> image.scanDuration(Duration.ofHours(1)))
            .build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void anAbortedRunStopsTheScanTaskItStarted() throws HssException {
        ScanRun run = triggered(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build()));

        WatchEvent outcome = stop(run);
        run.cancel();

        assertThat(outcome).isInstanceOf(WatchEvent.ScanTaskStopped.class);
        assertThat(tasks()).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(TaskState.STOPPED);
            assertThat(((WatchEvent.ScanTaskStopped) outcome).taskId()).isEqualTo(task.taskId());
        });
        assertThat(cloud.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).isEqualTo(1);
        assertThat(cloud.events(WatchEvent.ScanTaskStopped.class)).as("the listener hears it too").hasSize(1);
    }

    /** An image pushed just before the run is triggered by a second task once synced: the abort stops both. */
    @Test
    void anAbortAfterASyncStopsBothTasksOfTheRun() throws HssException {
        cloud.hss.push("team-a/app:1.1", image -> image.scanDuration(Duration.ofHours(1)));
        ScanRun run = cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0", "team-a/app:1.1").build());
        // The second task is the run's once the run, having sent it, waits for the synced image again.
        cloud.runUntil(() -> cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK) == 2
                && run.state().map(state -> state.targets().stream().allMatch(TargetState::found)).orElse(false));

        WatchEvent outcome = stop(run);
        run.cancel();

        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isEqualTo(2);
        assertThat(outcome).isInstanceOf(WatchEvent.ScanTaskStopped.class);
        assertThat(tasks()).hasSize(2).extracting(ImageScanTask::state).containsOnly(TaskState.STOPPED);
        assertThat(cloud.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).isEqualTo(2);
    }

    @Test
    void aTaskAnotherClientStartedAtTheSameTimeLeavesBothRunning() throws HssException {
        try (var other = cloud.client(CallListener.NONE)) {
            other.createImageScanTask(cloud.hss.projectId(),
                    ImageScanTaskRequest.selecting(ImageScanSelection.builder().namespace("team-a").build()).build());
        }
        ScanRun run = triggered(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build()));

        WatchEvent outcome = stop(run);

        assertThat(outcome).isInstanceOfSatisfying(WatchEvent.ScanTaskNotStopped.class,
                event -> assertThat(event.message()).contains("2 scan tasks began", "cannot tell which is its own"));
        assertThat(cloud.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).isZero();
        assertThat(tasks()).extracting(ImageScanTask::state).containsOnly(TaskState.RUNNING);
    }

    @Test
    void aTaskSharedWithAnotherRunIsNotStoppedForOneOfThem() throws HssException {
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        SharedPoller poller = cloud.poller(engine, cloud.client(CallListener.NONE));
        ScanRun first = ScanRun.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build(), poller,
                cloud.events::add);
        ScanRun second = ScanRun.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/web:1.0").build(), poller,
                cloud.events::add);
        cloud.runUntil(() -> cloud.events(WatchEvent.Triggered.class).size() == 2);

        WatchEvent outcome = stop(first);

        assertThat(outcome).isInstanceOfSatisfying(WatchEvent.ScanTaskNotStopped.class,
                event -> assertThat(event.message()).contains("other runs"));
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).as("one task for both").isEqualTo(1);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_TASKS) + cloud.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).isZero();
        assertThat(second.result()).isNotDone();
    }

    @Test
    void aBatchScanHasNoTaskToStop() {
        ScanRun run = triggered(cloud.start(cloud.settings(ScanApi.BATCH_SCAN, "team-a/api:1.0").build()));

        assertThat(stop(run)).isInstanceOfSatisfying(WatchEvent.ScanTaskNotStopped.class,
                event -> assertThat(event.message()).contains("api batch-scan"));
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_TASKS) + cloud.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).isZero();
    }

    @Test
    void aResumedRunSaysWhyItCannotFindItsTask() {
        ScanRun first = triggered(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build()));
        WaitSnapshot saved = first.state().orElseThrow();
        first.cancel();
        ScanRun resumed = ScanRun.resume(saved, cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build(),
                cloud.poller(), cloud.events::add);

        assertThat(stop(resumed)).isInstanceOfSatisfying(WatchEvent.ScanTaskNotStopped.class,
                event -> assertThat(event.message()).contains("resumed after a restart"));
        assertThat(cloud.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).isZero();
        resumed.cancel();
    }

    private ScanRun triggered(ScanRun run) {
        cloud.runUntil(() -> !cloud.events(WatchEvent.Triggered.class).isEmpty());
        return run;
    }

    private WatchEvent stop(ScanRun run) {
        CompletableFuture<WatchEvent> stopping = run.stopScanTask();
        cloud.runUntil(stopping::isDone);
        return stopping.join();
    }

    private List<ImageScanTask> tasks() throws HssException {
        try (var client = cloud.client(CallListener.NONE)) {
            return client.listImageTasks(cloud.hss.projectId(), ImageTaskQuery.scans().build(), 0, 10).rows();
        }
    }
}
