package io.jenkins.plugins.hss.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One image task as ListImageScanTask reports it ({@code ImageScanTaskInfo}, SDK 3.1.212): a scan
 * task ({@code type=image_scan}) or a registry sync ({@code image_sync}). Fields the service left
 * out are null; enumerations stay text.
 *
 * @param taskStatus an Integer: 100 done, 0-99 the progress, -1 stopped, -2 timed out, -3 error
 *                   (see {@link #state()})
 * @param totalNum   the images of the task (not the total of the list)
 * @param endTime    absent while the task runs
 */
public record ImageScanTask(
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

    public ImageScanTask {
        failedImages = failedImages == null ? List.of() : List.copyOf(failedImages);
    }

    /** What {@code task_status} says; {@link TaskState#UNKNOWN} for a value the docs do not list, or none. */
    public TaskState state() {
        return TaskState.of(taskStatus);
    }

    /** The task's kind as a known value; empty for a value this version does not know. */
    public Optional<TaskType> type() {
        return WireValue.fromWire(TaskType.class, taskType);
    }

    /** An image of the task whose scan failed ({@code ImageScanTaskInfoFailedImages}). */
    public record FailedImage(
            Long id,
            String registryId,
            String registryName,
            String imageName,
            String imageVersion,
            String namespace,
            String registryType,
            String failedReason) {
    }
}
