package io.jenkins.plugins.hss.core.model;

/**
 * What an image task's {@code task_status} says (ListImageScanTask): an Integer, 100 when done, 0
 * to 99 its progress, and three negative codes for how it ended otherwise. Any other value, or
 * none, is {@link #UNKNOWN}: neither running nor done, so that it never passes for either.
 */
public enum TaskState {
    /** 0-99: the task is running; the value is the share of its images whose scans have ended. */
    RUNNING,
    /** 100. */
    DONE,
    /** -1: someone stopped it (StopImageScanTask). */
    STOPPED,
    /** -2. */
    TIMED_OUT,
    /** -3. */
    ERROR,
    /** A value the docs do not list, or none. */
    UNKNOWN;

    public static TaskState of(Integer taskStatus) {
        if (taskStatus == null) {
            return UNKNOWN;
        }
        return switch (taskStatus) {
            case 100 -> DONE;
            case -1 -> STOPPED;
            case -2 -> TIMED_OUT;
            case -3 -> ERROR;
            default -> taskStatus >= 0 && taskStatus < 100 ? RUNNING : UNKNOWN;
        };
    }

    /** Whether the task has ended, one way or another; {@link #UNKNOWN} has not, as far as anyone can tell. */
    public boolean hasEnded() {
        return this == DONE || this == STOPPED || this == TIMED_OUT || this == ERROR;
    }
}
