package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The scan tasks created through CreateManualImageScanTask, oldest first. */
final class ScanTaskBook {

    private final List<ScanTask> tasks = new ArrayList<>();

    synchronized ScanTask create(Instant now, String imageType, int scanScope, Integer rateLimit, boolean all,
                                 List<ScanTask.Entry> entries) {
        int number = tasks.size() + 1;
        ScanTask task = new ScanTask(Sha256.hex("image-scan-task " + number).substring(0, 32),
                "manual_image_scan_" + number, now, imageType, scanScope, rateLimit, all, entries);
        tasks.add(task);
        return task;
    }

    synchronized List<ScanTask> all() {
        return List.copyOf(tasks);
    }

    synchronized Optional<ScanTask> find(String taskId) {
        return tasks.stream().filter(task -> task.taskId().equals(taskId)).findFirst();
    }
}
