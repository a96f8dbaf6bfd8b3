package io.jenkins.plugins.hss.core.watch;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns polls into progress events: one when a count changed, none when a poll brought no news.
 * The counts are kept as the targets change, one change at a time, so a poll costs what it
 * changed and never a walk over every target (100,000 of them, over some 10,000 polls).
 */
final class ProgressTracker {

    private final Map<String, Integer> byStatus = new TreeMap<>();
    private int done;
    private int total;
    private boolean changed = true;
    private int lastUnseen = -1;

    /**
     * A target's state replaced another.
     *
     * @param before null for a target that was not known
     */
    void replaced(TargetState before, TargetState after) {
        if (before != null && sameCounts(before, after)) {
            return;
        }
        if (before != null && before.found()) {
            count(before, -1);
        }
        if (after.found()) {
            count(after, 1);
        }
    }

    /**
     * The event for the targets now, or null when nothing changed since the last one.
     *
     * @param unseen targets of a counted selection that no poll listed yet
     */
    WatchEvent.Progress update(int unseen, Duration elapsed) {
        if (!changed && unseen == lastUnseen) {
            return null;
        }
        changed = false;
        lastUnseen = unseen;
        Map<String, Integer> counts = new TreeMap<>(byStatus);
        if (unseen > 0) {
            counts.merge(TargetState.NOT_LISTED_YET, unseen, Integer::sum);
        }
        return new WatchEvent.Progress(done, total + unseen, Collections.unmodifiableMap(counts), elapsed);
    }

    private static boolean sameCounts(TargetState before, TargetState after) {
        return before.found() == after.found() && before.over() == after.over()
                && (!after.found() || before.progressLabel().equals(after.progressLabel()));
    }

    private void count(TargetState target, int delta) {
        String label = target.progressLabel();
        int now = byStatus.getOrDefault(label, 0) + delta;
        if (now == 0) {
            byStatus.remove(label);
        } else {
            byStatus.put(label, now);
        }
        done += target.over() ? delta : 0;
        total += delta;
        changed = true;
    }
}
