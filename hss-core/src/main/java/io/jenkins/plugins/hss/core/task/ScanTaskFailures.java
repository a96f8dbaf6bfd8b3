package io.jenkins.plugins.hss.core.task;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.report.ScanTaskReading;
import io.jenkins.plugins.hss.core.time.Futures;
import io.jenkins.plugins.hss.core.trigger.SharedTrigger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The {@code failed_images} of a waited run's own scan task on {@code image-scan-tasks}, for its
 * report: one ListImageScanTask call after the wait, through the budget and within the run's
 * deadline, finds the task by the rule that stops it ({@link OwnScanTasks}). An image the task
 * lists as failed is never passed, whatever its row says (the two answers contradict each other,
 * and a contradiction proves no pass). When no task is provably the run's (the trigger served
 * other runs, none or several began then, a resumed run), or the call fails, the reading says so
 * and each image is judged by its own row alone, as on batch-scan: a build the rows prove fine is
 * not failed for a call that only could have added failures.
 */
public final class ScanTaskFailures {

    /**
     * What the reading found.
     *
     * @param reading what the report says of the task
     * @param failed  per target the task lists as failed, its reason ({@code ""} for none given)
     */
    public record Failures(ScanTaskReading reading, Map<ImageKey, String> failed) {

        public Failures {
            failed = Map.copyOf(failed);
        }

        static Failures unread(String why) {
            return new Failures(ScanTaskReading.unread(why), Map.of());
        }

        /** Why the task failed {@code key}'s scan; null when it did not. */
        public String failure(ImageKey key) {
            String reason = failed.get(key);
            return reason == null ? null : reason.isBlank() ? EngineMessages.format("task.no_reason") : reason;
        }
    }

    private final TaskOwner owner;
    private volatile CompletableFuture<?> listing;

    public ScanTaskFailures(TaskOwner owner) {
        this.owner = owner;
    }

    /**
     * @param sends   the run's triggers, the first and the one after a sync; empty for a resumed
     *                run, which does not keep them
     * @param targets the keys of the run's targets
     */
    public CompletableFuture<Failures> read(List<SharedTrigger.Sent> sends, Collection<ImageKey> targets) {
        String why = OwnScanTasks.whyNotOwn(sends, "task.not_own");
        if (why != null) {
            return CompletableFuture.completedFuture(Failures.unread(why));
        }
        List<Long> bounds = sends.stream().map(SharedTrigger.Sent::bound).toList();
        CompletableFuture<ListPage<ImageScanTask>> call = OwnScanTasks.list(owner, bounds, owner.read());
        listing = call;
        return call.handle((page, error) -> {
            if (error != null) {
                return Failures.unread(String.valueOf(Futures.cause(error).getMessage()));
            }
            OwnScanTasks own = OwnScanTasks.among(page, bounds);
            return own.why() != null ? Failures.unread(own.why()) : read(targets, own);
        });
    }

    /** Withdraws the call if it is still queued: a cancelled run sends nothing more. */
    public void cancel() {
        CompletableFuture<?> call = listing;
        if (call != null) {
            call.cancel(false);
        }
    }

    private static Failures read(Collection<ImageKey> targets, OwnScanTasks own) {
        Map<ImageKey, String> failed = new LinkedHashMap<>();
        for (ImageKey key : targets) {
            own.tasks().stream().flatMap(task -> task.failedImages().stream()).filter(image -> matches(image, key))
                    .findFirst()
                    .ifPresent(image -> failed.put(key, Objects.requireNonNullElse(image.failedReason(), "")));
        }
        return new Failures(ScanTaskReading.read(own.ids(), failed.size()), failed);
    }

    /** By names, and by registry where both name one: a failed image of another registry is not this one. */
    private static boolean matches(ImageScanTask.FailedImage image, ImageKey key) {
        return key.namespace().equals(image.namespace()) && key.imageName().equals(image.imageName())
                && key.imageVersion().equals(image.imageVersion())
                && (key.registryId() == null || image.registryId() == null || key.registryId().equals(image.registryId()));
    }
}
