package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A manual scan task of CreateManualImageScanTask: the images it covers and, for each, the scan
 * it follows (the one it started, or the one already running that it joined: an image's scan is
 * an image's scan, whichever API asked for it). Stopping it freezes its counts; scans already
 * started still finish and show in the image lists.
 */
final class ScanTask {

    /** One image of the task and the scan that decides it. */
    record Entry(ImageRecord image, ScanRun run) {
        Entry {
            Objects.requireNonNull(run, "run");
        }
    }

    private final String taskId;
    private final String name;
    private final Instant createdAt;
    private final String imageType;
    private final int scanScope;
    private final Integer rateLimit;
    private final boolean all;
    private final List<Entry> entries;
    private Instant stoppedAt;

    ScanTask(String taskId, String name, Instant createdAt, String imageType, int scanScope, Integer rateLimit,
             boolean all, List<Entry> entries) {
        this.taskId = taskId;
        this.name = name;
        this.createdAt = createdAt;
        this.imageType = imageType;
        this.scanScope = scanScope;
        this.rateLimit = rateLimit;
        this.all = all;
        this.entries = List.copyOf(entries);
    }

    String taskId() {
        return taskId;
    }

    String name() {
        return name;
    }

    Instant createdAt() {
        return createdAt;
    }

    String imageType() {
        return imageType;
    }

    int scanScope() {
        return scanScope;
    }

    Integer rateLimit() {
        return rateLimit;
    }

    boolean isAll() {
        return all;
    }

    List<Entry> entries() {
        return entries;
    }

    synchronized Instant stoppedAt() {
        return stoppedAt;
    }

    /** Stops a task still running at {@code now}; a finished or stopped task stays as it is. */
    synchronized void stop(Instant now) {
        if (stoppedAt == null && !isFinishedAt(now)) {
            stoppedAt = now;
        }
    }

    /** The instant by which the task's scans count: now, or when it was stopped. */
    synchronized Instant countedAt(Instant now) {
        return stoppedAt != null && stoppedAt.isBefore(now) ? stoppedAt : now;
    }

    boolean isFinishedAt(Instant now) {
        return entries.stream().allMatch(entry -> entry.run().isCompleteAt(now));
    }

    /** When its last scan completes. */
    Instant lastCompletion() {
        return entries.stream().map(entry -> entry.run().completedAt()).max(Instant::compareTo).orElse(createdAt);
    }
}
