package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code ImageScanTaskInfo} of ListImageScanTask, fields in the SDK 3.1.212 model's order.
 * {@code task_status} is an Integer: 100 done, 0-99 the share of images done, -1 stopped (-2
 * timed out and -3 error are not simulated).
 */
record ImageTaskRow(
        String taskId,
        String policyId,
        String taskName,
        Long beginTime,
        Long endTime,
        Long remainMin,
        String taskType,
        String imageType,
        Integer taskStatus,
        Integer scanScope,
        Integer rateLimit,
        Boolean isAll,
        Integer failedNum,
        Integer successNum,
        Integer totalNum,
        Integer riskyNum,
        String syncTaskType,
        String failedReason,
        List<FailedImage> failedImages) {

    static final int DONE = 100;
    static final int STOPPED = -1;

    /** One {@code ImageScanTaskInfoFailedImages}. */
    record FailedImage(Long id, String registryId, String registryName, String imageName, String imageVersion,
                       String namespace, String registryType, String failedReason) {
    }

    static ImageTaskRow ofScan(ScanTask task, Registries registries, Instant now) {
        Instant counted = task.countedAt(now);
        int done = 0;
        int success = 0;
        int risky = 0;
        List<FailedImage> failed = new ArrayList<>();
        for (ScanTask.Entry entry : task.entries()) {
            if (!entry.run().isCompleteAt(counted)) {
                continue;
            }
            done++;
            ScanView result = entry.run().result();
            if (result.status() == ScanStatus.SUCCESS) {
                success++;
                Findings findings = result.findings();
                if (!findings.vulnerabilities().isEmpty() || findings.unsafeSettings() > 0 || findings.maliciousFiles() > 0) {
                    risky++;
                }
            } else {
                failed.add(failedImage(entry.image(), registries, result.failureReason()));
            }
        }
        int total = task.entries().size();
        boolean stopped = task.stoppedAt() != null;
        boolean finished = !stopped && done == total;
        Instant end = stopped ? task.stoppedAt() : finished ? task.lastCompletion() : null;
        return new ImageTaskRow(task.taskId(), null, task.name(), task.createdAt().toEpochMilli(),
                end == null ? null : end.toEpochMilli(), remainingMinutes(end == null ? task.lastCompletion() : now, now),
                "manual", task.imageType(), stopped ? STOPPED : progress(done, total), task.scanScope(),
                task.rateLimit(), task.isAll(), failed.size(), success, total, risky, null, null, failed);
    }

    static ImageTaskRow ofSync(SyncRun run, int images, Instant now) {
        boolean done = run.isDoneAt(now);
        long length = Math.max(1, Duration.between(run.startedAt(), run.endsAt()).toMillis());
        int status = done ? DONE : (int) Math.min(DONE - 1,
                Duration.between(run.startedAt(), now).toMillis() * DONE / length);
        return new ImageTaskRow(run.taskId(), null, run.taskType().equals(SyncRun.MANUAL) ? "manual_image_sync"
                : "auto_image_sync", run.startedAt().toEpochMilli(), done ? run.endsAt().toEpochMilli() : null,
                remainingMinutes(run.endsAt(), now), run.taskType(), "registry", status, null, null, null, 0,
                done ? images : 0, images, null, null, null, null);
    }

    static int progress(int done, int total) {
        return total == 0 || done == total ? DONE : done * DONE / total;
    }

    private static long remainingMinutes(Instant end, Instant now) {
        return end.isAfter(now) ? (Duration.between(now, end).toSeconds() + 59) / 60 : 0;
    }

    private static FailedImage failedImage(ImageRecord image, Registries registries, String reason) {
        Registry registry = registries.of(image.image()).orElse(null);
        return new FailedImage(image.id(), registry == null ? null : registry.id(),
                registry == null ? null : registry.name(), image.image().ref().name(), image.image().ref().tag(),
                image.image().ref().namespace(), registry == null ? null : registry.type().wireName(), reason);
    }
}
