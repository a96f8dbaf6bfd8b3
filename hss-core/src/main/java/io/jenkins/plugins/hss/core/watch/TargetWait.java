package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.RunRequests;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.PollSubscriber;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.poll.Sweep;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.time.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

/**
 * The wait of one run after its trigger, as a subscriber of the shared poller: it applies each
 * poll to its targets, reports changes, backs its interval off, fetches per-level vulnerability
 * counts for images that need them, and ends with a report when every scan is over, at the
 * deadline, at an answer that proves nothing, or never (when cancelled). A failure of its own
 * ends the run with that error rather than leaving it waiting for ever.
 *
 * <p>What its polls ask for and how they change the targets is its {@link TargetSet}'s
 * ({@link TargetPolls}): named targets are named, a counted selection's are discovered as they
 * finish. An image list triggered without a listing before ({@link TargetState#triggered})
 * learns at its first complete listing which images exist: one the listing does not hold is not
 * found, or, with sync before scan on, handed to the run's {@link LateSync} (which asks HSS to
 * sync and triggers the image once it shows) and kept waiting until the run says what became of it.
 *
 * <p>What a poll costs the engine is what it changed: the targets still pending, the progress
 * counts and the targets awaiting their vulnerability counts are kept as targets change.
 */
final class TargetWait implements PollSubscriber, TargetPolls.Wait {

    /** What the run does with images of its list that a complete listing after the trigger did not hold. */
    @FunctionalInterface
    interface LateSync {
        /** Asks HSS to sync for {@code absent}; the run later calls {@link #synced} with each one's fate. */
        void synchronize(List<ImageKey> absent);
    }

    private final RunContext context;
    private final SharedPoller poller;
    private final WaitOptions options;
    private final WatchListener listener;
    private final RunRequests requests;
    private final CompletableFuture<ScanReport> result;
    private final Instant triggeredAt;
    private final Map<ImageKey, TargetState> targets = new LinkedHashMap<>();
    /** The targets found (or not known not to be) whose scan is not over. */
    private final Map<ImageKey, TargetState> pending = new LinkedHashMap<>();
    /** How many targets no listing showed yet (image lists triggered without a listing). */
    private int unlisted;
    private final Map<ImageKey, TargetState> pendingView = Collections.unmodifiableMap(pending);
    /** Which targets the run has: what the polls ask for and how many targets they did not name yet. */
    private final TargetSet targetSet;
    private final TargetPolls polls;
    /** Null when an image the listing does not hold is simply not found. */
    private final LateSync lateSync;
    /** Makes the report of the wait's final state: at once, or after reading the run's scan task. */
    private final BiFunction<WaitSnapshot, ResultAmendment, CompletableFuture<ScanReport>> reporting;
    /** The absent targets handed to {@link #lateSync}, waiting for its answer. */
    private final Set<ImageKey> syncing = new HashSet<>();
    private final ProgressTracker progress = new ProgressTracker();
    private final NecessityCounts necessity;
    private final CveListing cves;
    private boolean graceReported;
    /** Whether the targets are known (or were before a restart): no {@code Resolved} event to give. */
    private boolean resolved;
    private Duration interval;
    private Instant nextDue;
    private Cancellable deadline;
    private boolean over;

    TargetWait(WaitSnapshot state, RunContext context, CompletableFuture<ScanReport> result, LateSync lateSync,
               BiFunction<WaitSnapshot, ResultAmendment, CompletableFuture<ScanReport>> reporting) {
        this.context = context;
        this.reporting = reporting;
        this.lateSync = lateSync;
        this.poller = context.poller();
        this.options = context.settings().waitOptions();
        this.listener = context.listener();
        this.requests = context.requests();
        this.result = result;
        this.triggeredAt = state.triggeredAt();
        this.graceReported = state.graceReported();
        this.necessity = new NecessityCounts(context, context.settings().gate());
        this.cves = new CveListing(context, context.settings().gate());
        this.targetSet = state.targetSet();
        this.polls = targetSet.polls(context, this, triggeredAt);
        state.targets().forEach(this::put);
        this.resolved = unlisted == 0;
        this.interval = options.initialPollInterval();
    }

    synchronized void start() {
        Instant now = poller.clock().instant();
        nextDue = now.plus(interval);
        deadline = poller.scheduler().schedule(() -> guarded(this::timeOut), Duration.between(now, context.deadline()));
        poller.subscribe(this);
        if (!finishIfOver()) {
            emitProgress();
        }
    }

    synchronized WaitSnapshot state() {
        return new WaitSnapshot(triggeredAt, graceReported, new ArrayList<>(targets.values()), targetSet, context.deadline());
    }

    synchronized void cancel() {
        stop();
    }

    @Override
    public synchronized Instant nextPollDue() {
        return nextDue;
    }

    @Override
    public Instant deadline() {
        return context.deadline();
    }

    @Override
    public synchronized Duration pollInterval() {
        return interval;
    }

    @Override
    public synchronized List<Interest> interests() {
        return over ? List.of() : polls.interests();
    }

    @Override
    public synchronized List<SwrImageQuery> selections() {
        return over ? List.of() : polls.selections(poller.clock().instant());
    }

    @Override
    public synchronized void onSweep(Sweep sweep) {
        if (over) {
            return;
        }
        guarded(() -> {
            requests.addShared(poller.listApi(), sweep.requests(), sweep.served());
            polls.apply(sweep);
            announceResolved();
            reportGrace(sweep.at());
            backOff(sweep.at());
            necessity.fetchMissing(this::counted).forEach(this::put);
            if (!finishIfOver()) {
                emitProgress();
            }
        });
    }

    @Override
    public TargetState target(ImageKey key) {
        return targets.get(key);
    }

    @Override
    public Map<ImageKey, TargetState> pending() {
        return pendingView;
    }

    /** Not found, or (with sync before scan) handed to the run to sync: once per target. */
    @Override
    public void absent(List<ImageKey> absent) {
        if (lateSync == null) {
            absent.forEach(key -> put(TargetState.notFound(key, EngineMessages.format("sync.off"))));
            return;
        }
        List<ImageKey> unsynced = absent.stream().filter(key -> !syncing.contains(key)).toList();
        if (!unsynced.isEmpty()) {
            syncing.addAll(unsynced);
            // As a task of its own: the run takes its lock, then this wait's, never the other way round.
            poller.scheduler().schedule(() -> lateSync.synchronize(unsynced), Duration.ZERO);
        }
    }

    /** Once no target is left unlisted, says which were not found: once per run. */
    private void announceResolved() {
        if (!resolved && unlisted == 0) {
            resolved = true;
            List<String> missing = targets.values().stream().filter(t -> !t.found()).map(t -> t.key().reference()).toList();
            listener.onEvent(new WatchEvent.Resolved(targets.size(), missing));
        }
    }

    @Override
    public void observe(TargetState before, TargetState after) {
        put(after);
        announce(before, after);
    }

    /** Keeps {@code after} as its target's state, and what is counted of the targets with it. */
    @Override
    public void put(TargetState after) {
        ImageKey key = after.key();
        TargetState before = targets.put(key, after);
        progress.replaced(before, after);
        necessity.changed(after);
        unlisted += (after.unlisted() ? 1 : 0) - (before != null && before.unlisted() ? 1 : 0);
        if (after.found() && !after.over()) {
            pending.put(key, after);
        } else {
            pending.remove(key);
            polls.settled(key);
        }
    }

    /** @param before null for a target just discovered */
    private void announce(TargetState before, TargetState after) {
        if (after.over() && (before == null || !before.over())) {
            listener.onEvent(new WatchEvent.ImageFinished(after.key().reference(), after.progressLabel()));
        } else if (after.started() && (before == null || !before.started())) {
            listener.onEvent(new WatchEvent.ImageStarted(after.key().reference(), after.progressLabel()));
        }
    }

    /**
     * What the run's {@link LateSync} made of targets it was handed: each one HSS now lists,
     * recorded by the sync's listing and triggered since, or not found with why.
     */
    synchronized void synced(List<TargetState> outcomes) {
        if (!over) {
            guarded(() -> {
                outcomes.forEach(target -> {
                    syncing.remove(target.key());
                    put(target);
                });
                announceResolved();
                emitProgress();
                finishIfOver();
            });
        }
    }

    private synchronized void counted(TargetState withCounts) {
        if (!over) {
            guarded(() -> {
                put(withCounts);
                finishIfOver();
            });
        }
    }

    private void reportGrace(Instant now) {
        if (graceReported || now.isBefore(triggeredAt.plus(options.startGracePeriod()))) {
            return;
        }
        graceReported = true;
        List<String> idle = pending.values().stream().filter(t -> !t.started())
                .map(t -> t.key().reference()).toList();
        if (!idle.isEmpty()) {
            listener.onEvent(new WatchEvent.NotStartedWithinGrace(idle, options.startGracePeriod()));
        }
    }

    private void backOff(Instant now) {
        nextDue = now.plus(interval);
        Duration doubled = interval.multipliedBy(2);
        interval = doubled.compareTo(options.longestPollInterval()) > 0 ? options.longestPollInterval() : doubled;
    }

    /**
     * A poll that failed for good: a malformed answer proves nothing about any target still
     * waiting, so it ends the wait with each of them judged as that answer; any other failure is
     * reported and the next poll tries again.
     */
    @Override
    public synchronized void onPollFailed(Throwable error, int sent, int served) {
        if (over) {
            return;
        }
        guarded(() -> {
            requests.addShared(poller.listApi(), sent, served);
            if (error instanceof MalformedResponseException malformed && !malformed.isTruncated()) {
                for (TargetState target : List.copyOf(pending.values())) {
                    put(target.contradicted(malformed.getMessage()));
                }
                finish();
            } else {
                listener.onEvent(new WatchEvent.PollFailed(String.valueOf(error.getMessage())));
                backOff(poller.clock().instant());
            }
        });
    }

    private synchronized void timeOut() {
        if (over) {
            return;
        }
        List<String> waiting = pending.values().stream().map(t -> t.key().reference()).toList();
        int unseen = unseen();
        if (!waiting.isEmpty() || unseen > 0) {
            listener.onEvent(new WatchEvent.TimedOut(waiting, unseen));
        }
        necessity.unknownAtTheEnd().forEach(this::put);
        finish();
    }

    private boolean finishIfOver() {
        if (over) {
            return true;
        }
        if (pending.isEmpty() && unseen() == 0 && necessity.complete()) {
            // Only now: the one listing of CVEs must hold what every scan of the run found.
            cves.start(targets.values(), this::cvesListed);
            if (over) {
                return true; // the listing was over at once, and its callback finished the wait
            }
            if (cves.complete()) {
                finish();
                return true;
            }
        }
        return false;
    }

    private synchronized void cvesListed() {
        if (!over) {
            guarded(this::finishIfOver);
        }
    }

    /** Targets the set holds that no poll listed yet. */
    private int unseen() {
        return targetSet.unseen(targets.size());
    }

    private void emitProgress() {
        WatchEvent.Progress event = progress.update(unseen(), Duration.between(triggeredAt, poller.clock().instant()));
        if (event != null) {
            listener.onEvent(event);
        }
    }

    private void finish() {
        stop();
        emitProgress();
        // Outside this wait's lock once the report is made: it may take a call (the run's scan task).
        reporting.apply(state(), cves::judged).whenComplete((report, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(report);
            }
        });
    }

    private void stop() {
        over = true;
        if (deadline != null) {
            deadline.cancel();
        }
        necessity.cancel();
        cves.cancel();
        poller.unsubscribe(this);
    }

    /**
     * Runs a step of the wait; should it fail, the run ends with that error and the wait leaves
     * the poller, instead of staying subscribed with nothing left to advance it.
     */
    private synchronized void guarded(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            stop();
            result.completeExceptionally(e);
        }
    }
}
