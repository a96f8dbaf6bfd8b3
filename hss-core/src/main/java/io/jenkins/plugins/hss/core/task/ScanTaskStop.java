package io.jenkins.plugins.hss.core.task;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.time.Futures;
import io.jenkins.plugins.hss.core.trigger.SharedTrigger;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Stops the scan tasks a run of {@code image-scan-tasks} started, when its build is aborted: the
 * tasks {@link OwnScanTasks} proves the run's own are stopped unless they ended; when they are
 * not provably its own, the run stops none and says so, since stopping another build's scans is worse than letting this one's
 * run to their end. A trigger that served other runs too is never stopped, since their scans are
 * in the same task.
 */
public final class ScanTaskStop {

    /** How long finding and stopping the task may wait for the budget: the build is ending. */
    public static final Duration TIME = Duration.ofMinutes(2);

    /**
     * What was done: the task stopped, with what it said of the images it could not scan, or why none was.
     *
     * @param taskId       the stopped task, or tasks (their ids joined by commas); null when none was stopped
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

    /**
     * Finds and stops the tasks of the run's triggers {@code sends} (the first, and the one after a
     * sync), unless one of them served other runs too or has no moment on the service's clock.
     */
    public CompletableFuture<Outcome> stop(List<SharedTrigger.Sent> sends) {
        String why = OwnScanTasks.whyNotOwn(sends, "stop.shared");
        if (why != null) {
            return CompletableFuture.completedFuture(Outcome.notStopped(why));
        }
        List<Long> bounds = sends.stream().map(SharedTrigger.Sent::bound).toList();
        CallPolicy policy = CallPolicy.read(owner.poller().clock().instant().plus(TIME));
        return OwnScanTasks.find(owner, bounds, policy).thenCompose(own -> stopRunning(own, policy))
                .exceptionally(error -> Outcome.notStopped(String.valueOf(Futures.cause(error).getMessage())));
    }

    private CompletableFuture<Outcome> stopRunning(OwnScanTasks own, CallPolicy policy) {
        if (own.why() != null) {
            return CompletableFuture.completedFuture(Outcome.notStopped(own.why()));
        }
        List<ImageScanTask> running = own.tasks().stream().filter(task -> !task.state().hasEnded()).toList();
        if (running.isEmpty()) {
            return CompletableFuture.completedFuture(Outcome.notStopped(EngineMessages.format("stop.ended", own.ids(),
                    String.join(", ", own.tasks().stream().map(task -> String.valueOf(task.state())).toList()))));
        }
        SharedPoller poller = owner.poller();
        List<CompletableFuture<?>> stops = running.stream().<CompletableFuture<?>>map(task -> poller.call(
                ApiName.STOP_IMAGE_SCAN_TASK, owner.counted(ApiName.STOP_IMAGE_SCAN_TASK,
                        () -> poller.api().stopImageScanTask(poller.projectId(), task.taskId(), owner.enterpriseProjectId())),
                CallPolicy.stateChanging(policy.deadline()))).toList();
        return CompletableFuture.allOf(stops.toArray(CompletableFuture[]::new)).thenApply(stopped -> Outcome.stopped(
                new OwnScanTasks(running, null).ids(), running.stream().flatMap(task -> failedImages(task).stream()).toList()));
    }

    /** What the task said of the images it could not scan, as {@code reference: reason}. */
    private static List<String> failedImages(ImageScanTask task) {
        return task.failedImages().stream().map(image -> image.namespace() + "/" + image.imageName() + ":"
                + image.imageVersion() + ": " + image.failedReason()).toList();
    }
}
