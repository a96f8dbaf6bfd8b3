package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.client.ImageTaskQuery;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.TaskType;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stops the scan task a run of {@code image-scan-tasks} started, when its build is aborted.
 * CreateManualImageScanTask answers with no task id, so the task is found by ListImageScanTask:
 * the manual registry scan tasks that began within {@link #BEGUN_BEFORE} before and
 * {@link #BEGUN_AFTER} after the trigger went out, on the service's clock. Exactly one: it is the
 * run's, and it is stopped unless it ended. None, or more than one (another run of the user
 * triggered in the same moments): the run cannot prove which is its own, so it stops none and says
 * so; stopping another build's scans is worse than letting this one's run to their end. A trigger
 * that served other runs too is never stopped, since their scans are in the same task.
 */
final class ScanTaskStop {

    /** How early a task may show as begun: the service's clock is known to the second, less the skew of its Date. */
    static final Duration BEGUN_BEFORE = Duration.ofSeconds(5);
    /** How late: the trigger call may take up to its call timeout before the service starts the task. */
    static final Duration BEGUN_AFTER = Duration.ofSeconds(60);
    /** How long finding and stopping the task may wait for the budget: the build is ending. */
    static final Duration TIME = Duration.ofMinutes(2);
    /** One page of the newest tasks from the trigger on: a user rarely starts more within a minute. */
    private static final int PAGE = 200;

    private final RunContext context;

    ScanTaskStop(RunContext context) {
        this.context = context;
    }

    /**
     * Finds and stops the task of a trigger that went out alone at {@code bound} (epoch ms, the
     * service's clock); completes with what was done, as an event also told to the run's listener.
     */
    CompletableFuture<WatchEvent> stop(long bound) {
        SharedPoller poller = context.poller();
        CallPolicy policy = CallPolicy.read(poller.clock().instant().plus(TIME));
        ImageTaskQuery query = ImageTaskQuery.scans().taskType(TaskType.MANUAL).globalImageType(GlobalImageType.REGISTRY)
                .createTime(bound - BEGUN_BEFORE.toMillis()).enterpriseProjectId(context.settings().enterpriseProjectId())
                .build();
        CompletableFuture<ListPage<ImageScanTask>> listing = poller.call(ApiName.IMAGE_TASKS,
                context.counted(ApiName.IMAGE_TASKS, () -> poller.api().listImageTasks(poller.projectId(), query, 0, PAGE)),
                policy);
        return listing.thenCompose(page -> stopOne(candidates(page.rows(), bound), policy))
                .exceptionally(error -> new WatchEvent.ScanTaskNotStopped(String.valueOf(unwrapped(error).getMessage())))
                .thenApply(this::told);
    }

    private CompletableFuture<WatchEvent> stopOne(List<ImageScanTask> candidates, CallPolicy policy) {
        if (candidates.size() != 1) {
            return CompletableFuture.completedFuture(new WatchEvent.ScanTaskNotStopped(candidates.isEmpty()
                    ? EngineMessages.format("stop.none_found")
                    : EngineMessages.format("stop.several", candidates.size())));
        }
        ImageScanTask task = candidates.get(0);
        if (task.state().hasEnded()) {
            return CompletableFuture.completedFuture(new WatchEvent.ScanTaskNotStopped(
                    EngineMessages.format("stop.ended", task.taskId(), task.state())));
        }
        SharedPoller poller = context.poller();
        return poller.call(ApiName.STOP_IMAGE_SCAN_TASK, context.counted(ApiName.STOP_IMAGE_SCAN_TASK,
                        () -> poller.api().stopImageScanTask(poller.projectId(), task.taskId(),
                                context.settings().enterpriseProjectId())),
                CallPolicy.stateChanging(policy.deadline()))
                .thenApply(accepted -> new WatchEvent.ScanTaskStopped(task.taskId(), failedImages(task)));
    }

    /** The manual registry scan tasks begun around the trigger, each with an id to stop it by. */
    private static List<ImageScanTask> candidates(List<ImageScanTask> tasks, long bound) {
        long from = bound - BEGUN_BEFORE.toMillis();
        long to = bound + BEGUN_AFTER.toMillis();
        return tasks.stream().filter(task -> task.beginTime() != null && task.beginTime() >= from
                && task.beginTime() <= to && task.taskId() != null).toList();
    }

    /** What the task said of the images it could not scan, as {@code reference: reason}. */
    private static List<String> failedImages(ImageScanTask task) {
        return task.failedImages().stream().map(image -> image.namespace() + "/" + image.imageName() + ":"
                + image.imageVersion() + ": " + image.failedReason()).toList();
    }

    private WatchEvent told(WatchEvent event) {
        context.listener().onEvent(event);
        return event;
    }

    private static Throwable unwrapped(Throwable error) {
        return error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
    }
}
