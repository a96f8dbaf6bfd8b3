package io.jenkins.plugins.hss.core.watch;

import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Turns polls into progress events: one when a count changed, none when a poll brought no news. */
final class ProgressTracker {

    private int lastDone = -1;
    private Map<String, Integer> lastByStatus = Map.of();

    /**
     * The event for these targets, or null when nothing changed since the last one.
     *
     * @param unseen targets of a counted selection that no poll listed yet
     */
    WatchEvent.Progress update(Collection<TargetState> targets, int unseen, Duration elapsed) {
        Map<String, Integer> byStatus = new TreeMap<>();
        int done = 0;
        int total = unseen;
        if (unseen > 0) {
            byStatus.put("not_listed_yet", unseen);
        }
        for (TargetState target : targets) {
            if (!target.found()) {
                continue;
            }
            total++;
            done += target.over() ? 1 : 0;
            byStatus.merge(target.progressLabel(), 1, Integer::sum);
        }
        if (done == lastDone && Objects.equals(byStatus, lastByStatus)) {
            return null;
        }
        lastDone = done;
        lastByStatus = Map.copyOf(byStatus);
        return new WatchEvent.Progress(done, total, lastByStatus, elapsed);
    }
}
