package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stops the scan task a run of {@code image-scan-tasks} started, when its build is aborted: the
 * task {@link OwnScanTask} proves the run's own is stopped unless it ended; when none is, the run
 * stops none and says so, since stopping another build's scans is worse than letting this one's
 * run to their end. A trigger that served other runs too is never stopped, since their scans are
 * in the same task.
 */
final class ScanTaskStop {

    /** How long finding and stopping the task may wait for the budget: the build is ending. */
    static final Duration TIME = Duration.ofMinutes(2);

    private final RunContext context;

    ScanTaskStop(RunContext context) {
        this.context = context;
    }

    /**
     * Finds and stops the task of a trigger that went out alone at {@code bound} (epoch ms, the
     * service's clock); completes with what was done, as an event also told to the run's listener.
     */
    CompletableFuture<WatchEvent> stop(long bound) {
        CallPolicy policy = CallPolicy.read(context.poller().clock().instant().plus(TIME));
        return OwnScanTask.find(context, bound, policy).thenCompose(own -> stopOne(own, policy))
                .exceptionally(error -> new WatchEvent.ScanTaskNotStopped(String.valueOf(unwrapped(error).getMessage())))
                .thenApply(this::told);
    }

    private CompletableFuture<WatchEvent> stopOne(OwnScanTask own, CallPolicy policy) {
        if (own.task() == null) {
            return CompletableFuture.completedFuture(new WatchEvent.ScanTaskNotStopped(own.why()));
        }
        ImageScanTask task = own.task();
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
