package io.jenkins.plugins.hss.core.task;

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
public final class ScanTaskStop {

    /** How long finding and stopping the task may wait for the budget: the build is ending. */
    public static final Duration TIME = Duration.ofMinutes(2);

    /**
     * What was done: the task stopped, with what it said of the images it could not scan, or why none was.
     *
     * @param taskId       the stopped task; null when none was stopped
     * @param failedImages the task's failed images, as {@code reference: reason}
     * @param why          why none was stopped; null when {@code taskId} was
     */
    public record Outcome(String taskId, List<String> failedImages, String why) {

        static Outcome stopped(String taskId, List<String> failedImages) {
            return new Outcome(taskId, List.copyOf(failedImages), null);
        }

        static Outcome notStopped(String why) {
            return new Outcome(null, List.of(), why);
        }

        public boolean isStopped() {
            return taskId != null;
        }
    }

    private final TaskOwner owner;

    public ScanTaskStop(TaskOwner owner) {
        this.owner = owner;
    }

    /** Finds and stops the task of a trigger that went out alone at {@code bound} (epoch ms, the service's clock). */
    public CompletableFuture<Outcome> stop(long bound) {
        CallPolicy policy = CallPolicy.read(owner.poller().clock().instant().plus(TIME));
        return OwnScanTask.find(owner, bound, policy).thenCompose(own -> stopOne(own, policy))
                .exceptionally(error -> Outcome.notStopped(String.valueOf(unwrapped(error).getMessage())));
    }

    private CompletableFuture<Outcome> stopOne(OwnScanTask own, CallPolicy policy) {
        if (own.task() == null) {
            return CompletableFuture.completedFuture(Outcome.notStopped(own.why()));
        }
        ImageScanTask task = own.task();
        if (task.state().hasEnded()) {
            return CompletableFuture.completedFuture(Outcome.notStopped(
                    EngineMessages.format("stop.ended", task.taskId(), task.state())));
        }
        SharedPoller poller = owner.poller();
        return poller.call(ApiName.STOP_IMAGE_SCAN_TASK, owner.counted(ApiName.STOP_IMAGE_SCAN_TASK,
                        () -> poller.api().stopImageScanTask(poller.projectId(), task.taskId(),
                                owner.enterpriseProjectId())),
                CallPolicy.stateChanging(policy.deadline()))
                .thenApply(accepted -> Outcome.stopped(task.taskId(), failedImages(task)));
    }

    /** What the task said of the images it could not scan, as {@code reference: reason}. */
    private static List<String> failedImages(ImageScanTask task) {
        return task.failedImages().stream().map(image -> image.namespace() + "/" + image.imageName() + ":"
                + image.imageVersion() + ": " + image.failedReason()).toList();
    }

    private static Throwable unwrapped(Throwable error) {
        return error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
    }
}
