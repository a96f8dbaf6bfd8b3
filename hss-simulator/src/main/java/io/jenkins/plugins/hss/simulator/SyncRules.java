package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * How HSS refreshes its copy of the registries' image lists. An image pushed at P is listed once
 * a sync that started at or after P has ended: a manual one (RunImageSynchronize or
 * CreateImageSynchronizeTask) or HSS's own scheduled refresh, every {@code refreshPeriod} from
 * the simulator's start (null: never). Each sync takes {@code duration}.
 *
 * <p>Defaults: a daily refresh, because HSS's task list has scheduled syncs ({@code task_type
 * autoSync}, SDK 3.1.212 {@code ImageScanTaskInfo}) and documents no period (24 h is a guess),
 * counted from the start so that a test's push is never caught by a refresh it did not wait for;
 * 30 s per sync, a guess for a repository of a few thousand tags.
 */
public record SyncRules(Duration refreshPeriod, Duration duration) {

    public static final SyncRules DEFAULT = new SyncRules(Duration.ofHours(24), Duration.ofSeconds(30));

    public SyncRules {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("a sync duration cannot be negative");
        }
        if (refreshPeriod != null && (refreshPeriod.isNegative() || refreshPeriod.isZero())) {
            throw new IllegalArgumentException("the refresh period must be positive (or null: no scheduled refresh)");
        }
    }

    public SyncRules withRefreshPeriod(Duration value) {
        return new SyncRules(value, duration);
    }

    public SyncRules withDuration(Duration value) {
        return new SyncRules(refreshPeriod, value);
    }
}
