package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.ScanTaskReading;
import io.jenkins.plugins.hss.core.trigger.SharedTrigger;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The report of a waited run on {@code image-scan-tasks}, with its own scan task's
 * {@code failed_images}: one ListImageScanTask call after the wait, through the budget and within
 * the run's deadline, finds the task by the rule that stops it ({@link OwnScanTask}). An image the
 * task lists as failed is never passed, whatever its row says (the two answers contradict each
 * other, and a contradiction proves no pass). When no task is provably the run's (the trigger
 * served other runs, none or several began then, a resumed run), or the call fails, the report
 * says so and each image is judged by its own row alone, as on batch-scan: a build the rows prove
 * fine is not failed for a call that only could have added failures.
 */
final class ScanTaskFailures {

    private final RunContext context;
    private volatile CompletableFuture<?> listing;

    ScanTaskFailures(RunContext context) {
        this.context = context;
    }

    /**
     * @param sent    the run's trigger; null for a resumed run, which does not keep it
     * @param amended what the run learned of each image before its task was read
     */
    CompletableFuture<ScanReport> report(SharedTrigger.Sent sent, WaitSnapshot state, ResultAmendment amended) {
        String why = sent == null ? EngineMessages.format("stop.resumed")
                : !sent.alone() ? EngineMessages.format("task.not_own")
                : sent.bound() == null ? EngineMessages.format("stop.no_service_time") : null;
        if (why != null) {
            return CompletableFuture.completedFuture(unread(context, state, amended, why));
        }
        long bound = sent.bound();
        CompletableFuture<ListPage<ImageScanTask>> call = OwnScanTask.list(context, bound, context.read());
        listing = call;
        return call.handle((page, error) -> {
            if (error != null) {
                return unread(context, state, amended, String.valueOf(unwrap(error).getMessage()));
            }
            OwnScanTask own = OwnScanTask.among(page, bound);
            return own.task() == null ? unread(context, state, amended, own.why())
                    : read(context, state, amended, own.task());
        });
    }

    /** Withdraws the call if it is still queued: a cancelled run sends nothing more. */
    void cancel() {
        CompletableFuture<?> call = listing;
        if (call != null) {
            call.cancel(false);
        }
    }

    private static ScanReport unread(RunContext context, WaitSnapshot state, ResultAmendment amended, String why) {
        return context.report(state, true, amended).withScanTask(ScanTaskReading.unread(why));
    }

    private static ScanReport read(RunContext context, WaitSnapshot state, ResultAmendment amended, ImageScanTask task) {
        Map<ImageKey, String> failed = new LinkedHashMap<>();
        for (TargetState target : state.targets()) {
            ImageKey key = target.key();
            task.failedImages().stream().filter(image -> matches(image, key)).findFirst()
                    .ifPresent(image -> failed.put(key, Objects.requireNonNullElse(image.failedReason(), "")));
        }
        ScanReport report = context.report(state, true, amended.then((target, result) -> {
            String reason = failed.get(target.key());
            return reason == null ? result
                    : result.withTaskFailure(reason.isBlank() ? EngineMessages.format("task.no_reason") : reason);
        }));
        return report.withScanTask(ScanTaskReading.read(task.taskId(), failed.size()));
    }

    /** By names, and by registry where both name one: a failed image of another registry is not this one. */
    private static boolean matches(ImageScanTask.FailedImage image, ImageKey key) {
        return key.namespace().equals(image.namespace()) && key.imageName().equals(image.imageName())
                && key.imageVersion().equals(image.imageVersion())
                && (key.registryId() == null || image.registryId() == null || key.registryId().equals(image.registryId()));
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
