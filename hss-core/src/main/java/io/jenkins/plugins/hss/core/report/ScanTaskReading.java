package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.EngineMessages;

/**
 * What the run learned of its own scan task (newer image API) after the wait: the task that was
 * provably its own, and how many images its {@code failed_images} named; or why it was not read,
 * in which case each image stands on its own row.
 *
 * @param taskId       the task's {@code task_id}; null when not read
 * @param failedImages how many of the task's {@code failed_images} were this run's images
 * @param unread       why the task was not read; null when it was
 */
public record ScanTaskReading(String taskId, int failedImages, String unread) {

    /** The task was read. */
    public static ScanTaskReading read(String taskId, int failedImages) {
        return new ScanTaskReading(taskId, failedImages, null);
    }

    /** The task was not read, for {@code why}. */
    public static ScanTaskReading unread(String why) {
        return new ScanTaskReading(null, 0, why);
    }

    /** One line for the reports. */
    public String describe() {
        return unread == null ? EngineMessages.format("task.read", taskId, failedImages)
                : EngineMessages.format("task.unread", unread);
    }
}
