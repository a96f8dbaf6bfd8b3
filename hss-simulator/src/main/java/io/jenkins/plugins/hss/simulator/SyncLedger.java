package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every sync of HSS's registry copies: the requested ones as they come, the scheduled ones read
 * off the clock (every refresh period from the start), so nothing runs in the background. An
 * image pushed at P is listed from the end of the first sync of its registry that started at or
 * after P. A request for registries that a running sync already covers starts no second sync
 * for them: the running one does not see images pushed after it started.
 */
final class SyncLedger {

    /** ListImageScanTask answers at most 1000 tasks (SDK 3.1.212 ListImageScanTaskResponse.total_num). */
    static final int MAX_TASKS = 1000;

    private final SyncRules rules;
    private final Instant origin;
    private final List<SyncRun> requested = new ArrayList<>();

    SyncLedger(SyncRules rules, Instant origin) {
        this.rules = rules;
        this.origin = origin;
    }

    /**
     * Starts a sync of those of {@code registryIds} that no running sync covers; empty when all
     * are being synced already.
     */
    synchronized Optional<SyncRun> request(Set<String> registryIds, Instant now) {
        Set<String> idle = new LinkedHashSet<>();
        for (String id : registryIds) {
            if (runs(now).stream().noneMatch(run -> run.isRunningAt(now) && run.covers(id))) {
                idle.add(id);
            }
        }
        if (idle.isEmpty()) {
            return Optional.empty();
        }
        SyncRun run = new SyncRun(Sha256.hex("image-sync-task " + requested.size()).substring(0, 32), SyncRun.MANUAL,
                idle, now, now.plus(rules.duration()));
        requested.add(run);
        return Optional.of(run);
    }

    /** Whether an image pushed to {@code registryId} at {@code pushedAt} is in HSS's copy at {@code now}. */
    synchronized boolean isSynced(Instant pushedAt, String registryId, Instant now) {
        Optional<Instant> tick = firstTickFrom(pushedAt);
        if (tick.isPresent() && !now.isBefore(tick.get().plus(rules.duration()))) {
            return true;
        }
        return requested.stream().anyMatch(run -> run.covers(registryId) && !run.startedAt().isBefore(pushedAt)
                && run.isDoneAt(now));
    }

    /** When the last sync of {@code registryId} ended, if one has by {@code now}. */
    synchronized Optional<Instant> latestSync(String registryId, Instant now) {
        Optional<Instant> scheduled = lastTickEndingBy(now).map(tick -> tick.plus(rules.duration()));
        Optional<Instant> manual = requested.stream().filter(run -> run.covers(registryId) && run.isDoneAt(now))
                .map(SyncRun::endsAt).max(Comparator.naturalOrder());
        return scheduled.isEmpty() ? manual
                : manual.map(at -> at.isAfter(scheduled.get()) ? at : scheduled.get()).or(() -> scheduled);
    }

    /** The syncs started by {@code now}, requested and scheduled, oldest first, at most {@link #MAX_TASKS}. */
    synchronized List<SyncRun> runs(Instant now) {
        List<SyncRun> runs = new ArrayList<>();
        requested.stream().filter(run -> !run.startedAt().isAfter(now)).forEach(runs::add);
        Duration period = rules.refreshPeriod();
        if (period != null) {
            long last = ticksBy(now);
            for (long k = Math.max(1, last - MAX_TASKS + 1); k <= last; k++) {
                Instant at = origin.plus(period.multipliedBy(k));
                runs.add(new SyncRun(Sha256.hex("scheduled-sync " + k).substring(0, 32), SyncRun.SCHEDULED, null, at,
                        at.plus(rules.duration())));
            }
        }
        runs.sort(Comparator.comparing(SyncRun::startedAt));
        return runs.size() <= MAX_TASKS ? runs : runs.subList(runs.size() - MAX_TASKS, runs.size());
    }

    /** The number of scheduled syncs that started by {@code now}. */
    private long ticksBy(Instant now) {
        if (rules.refreshPeriod() == null || now.isBefore(origin)) {
            return 0;
        }
        return Duration.between(origin, now).toMillis() / rules.refreshPeriod().toMillis();
    }

    private Optional<Instant> firstTickFrom(Instant at) {
        Duration period = rules.refreshPeriod();
        if (period == null) {
            return Optional.empty();
        }
        long k = at.isAfter(origin) ? ceilDiv(Duration.between(origin, at).toMillis(), period.toMillis()) : 1;
        return Optional.of(origin.plus(period.multipliedBy(Math.max(1, k))));
    }

    private Optional<Instant> lastTickEndingBy(Instant now) {
        long k = ticksBy(now.minus(rules.duration()));
        return k < 1 ? Optional.empty() : Optional.of(origin.plus(rules.refreshPeriod().multipliedBy(k)));
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }
}
