package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.RunRequests;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.poll.PollSubscriber;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.poll.Sweep;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import io.jenkins.plugins.hss.core.selection.SelectionPolls;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
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
 * <p>An image list triggered without a listing before ({@link TargetState#triggered}) learns at
 * its first complete listing which images exist: one the listing does not hold is not found, or,
 * with sync before scan on, handed to the run's {@link LateSync} (which asks HSS to sync and
 * triggers the image once it shows) and kept waiting until the run says what became of it.
 * Every poll narrows the scan times it asks for to what may still be news: once a complete
 * listing showed every result that had ended by the time it went out (less a settling margin), a
 * target it did not show finished will finish later.
 *
 * <p>What a poll costs the engine is what it changed: the targets still pending, the progress
 * counts and the targets awaiting their vulnerability counts are kept as targets change.
 */
final class TargetWait implements PollSubscriber {

    /** What the run does with images of its list that a complete listing after the trigger did not hold. */
    @FunctionalInterface
    interface LateSync {
        /** Asks HSS to sync for {@code absent}; the run later calls {@link #synced} with each one's fate. */
        void synchronize(List<ImageKey> absent);
    }

    private final RunContext context;
    private final SharedPoller poller;
    private final WaitOptions options;
    private final String enterpriseProjectId;
    private final WatchListener listener;
    private final RunRequests requests;
    private final CompletableFuture<ScanReport> result;
    private final Instant triggeredAt;
    private final Map<ImageKey, TargetState> targets = new LinkedHashMap<>();
    /** The targets found (or not known not to be) whose scan is not over. */
    private final Map<ImageKey, TargetState> pending = new LinkedHashMap<>();
    /** How many targets no listing showed yet (image lists triggered without a listing). */
    private int unlisted;
    /** Per pending target, the scan time before which a complete listing showed it had not finished. */
    private final Map<ImageKey, Long> seenUntil = new HashMap<>();
    /** Null when {@link #targets} are all of them; else how they were counted. */
    private final CountedSelection selection;
    /** Null when an image the listing does not hold is simply not found. */
    private final LateSync lateSync;
    /** Makes the report of the wait's final state: at once, or after reading the run's scan task. */
    private final BiFunction<WaitSnapshot, ResultAmendment, CompletableFuture<ScanReport>> reporting;
    /** The absent targets handed to {@link #lateSync}, waiting for its answer. */
    private final Set<ImageKey> syncing = new HashSet<>();
    /** What the polls list for {@link #selection}; null without one. */
    private final SelectionPolls selectionPolls;
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
        this.enterpriseProjectId = context.settings().enterpriseProjectId();
        this.listener = context.listener();
        this.requests = context.requests();
        this.result = result;
        this.triggeredAt = state.triggeredAt();
        this.graceReported = state.graceReported();
        this.necessity = new NecessityCounts(context, context.settings().gate());
        this.cves = new CveListing(context, context.settings().gate());
        state.targets().forEach(this::put);
        this.resolved = unlisted == 0;
        this.selection = state.selection().orElse(null);
        this.selectionPolls = selection == null ? null : new SelectionPolls(selection, context.request(),
                ServiceClock.CLOCK_SKEW_ALLOWANCE, poller.serviceClock(), poller.pageSize());
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
        return new WaitSnapshot(triggeredAt, graceReported, new ArrayList<>(targets.values()), selection, context.deadline());
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

    /** A counted selection's poll lists every target it knows, so it names none of them again. */
    @Override
    public synchronized List<Interest> interests() {
        if (selection != null || over) {
            return List.of();
        }
        List<Interest> interests = new ArrayList<>(pending.size());
        long afterTrigger = afterTrigger();
        for (TargetState target : pending.values()) {
            interests.add(new Interest(target.key(), enterpriseProjectId, floor(target, afterTrigger),
                    image -> target.observe(image).over()));
        }
        return interests;
    }

    @Override
    public synchronized List<SwrImageQuery> selections() {
        return selection == null || over ? List.of() : selectionPolls.queries(poller.clock().instant());
    }

    /**
     * Once an image has started, only a scan time past both its record and (on the service's
     * clock, less the skew allowance) the trigger can finish it, and none before what a complete
     * listing already showed unfinished, so the poll may filter on that. Before, the wait must
     * see the image whatever its time, to learn that it exists and that it started.
     */
    private Long floor(TargetState target, long afterTrigger) {
        if (!target.started()) {
            return null;
        }
        long afterRecord = target.recordedScanTime() == null ? 0 : target.recordedScanTime() + 1;
        long floor = Math.max(afterRecord, afterTrigger);
        Long seen = seenUntil.get(target.key());
        return seen == null ? floor : Math.max(floor, seen);
    }

    /** The trigger on the service's clock, less the skew allowance: the lowest floor of any target, in epoch ms. */
    private long afterTrigger() {
        return poller.serviceClock().toService(triggeredAt).minus(ServiceClock.CLOCK_SKEW_ALLOWANCE).toEpochMilli();
    }

    @Override
    public synchronized void onSweep(Sweep sweep) {
        if (over) {
            return;
        }
        guarded(() -> {
            requests.addShared(poller.listApi(), sweep.requests(), sweep.served());
            if (selection == null) {
                learnBound();
                observe(sweep);
                narrow(sweep);
                resolve(sweep);
            } else {
                List<SwrImage> listed = selectionPolls.read(sweep);
                if (listed != null) {
                    discover(listed);
                }
            }
            reportGrace(sweep.at());
            backOff(sweep.at());
            necessity.fetchMissing(this::counted).forEach(this::put);
            if (!finishIfOver()) {
                emitProgress();
            }
        });
    }

    /**
     * The trigger's instant on the service's clock, for targets triggered before any response had
     * told that clock: the poll's responses now have (see {@link ServiceClock}).
     */
    private void learnBound() {
        List<TargetState> waiting = pending.values().stream().filter(TargetState::needsBound).toList();
        if (waiting.isEmpty() || poller.serviceClock().now().isEmpty()) {
            return;
        }
        long bound = poller.serviceClock().toService(triggeredAt).toEpochMilli();
        waiting.forEach(target -> put(target.withBound(bound)));
    }

    /** The pending targets this poll listed; it holds every wait's, so the smaller of the two is walked. */
    private void observe(Sweep sweep) {
        if (pending.size() <= sweep.images().size() + sweep.contradictions().size()) {
            for (TargetState target : List.copyOf(pending.values())) {
                observe(target, sweep.contradictions().get(target.key()), sweep.images().get(target.key()));
            }
            return;
        }
        sweep.contradictions().forEach((key, why) -> {
            TargetState target = pending.get(key);
            if (target != null) {
                observe(target, why, null);
            }
        });
        sweep.images().forEach((key, image) -> {
            TargetState target = pending.get(key);
            if (target != null) {
                observe(target, null, image);
            }
        });
    }

    private void observe(TargetState target, String contradiction, SwrImage image) {
        if (target.needsBound()) {
            return;
        }
        if (contradiction != null) {
            observe(target, target.contradicted(contradiction));
        } else if (image != null) {
            observe(target, target.observe(image));
        }
    }

    /** A complete listing that held a started target unfinished: its scan ends after what that listing showed. */
    private void narrow(Sweep sweep) {
        long afterTrigger = afterTrigger();
        for (TargetState target : pending.values()) {
            Sweep.Coverage coverage = sweep.coverage().get(target.key());
            Long floor = floor(target, afterTrigger);
            if (coverage != null && floor != null && coverage.covers(floor)) {
                seenUntil.merge(target.key(), coverage.settledBefore(), Math::max);
            }
        }
    }

    /**
     * The targets a complete listing of their whole range did not hold are not in the repository,
     * or not yet: with sync before scan, the run asks HSS to sync for them.
     */
    private void resolve(Sweep sweep) {
        if (unlisted > 0) {
            List<ImageKey> absent = new ArrayList<>();
            for (TargetState target : List.copyOf(pending.values())) {
                Sweep.Coverage coverage = sweep.coverage().get(target.key());
                if (target.unlisted() && coverage != null && coverage.provesAbsence() && !syncing.contains(target.key())
                        && !sweep.images().containsKey(target.key()) && !sweep.contradictions().containsKey(target.key())) {
                    absent.add(target.key());
                }
            }
            if (lateSync == null) {
                absent.forEach(key -> put(TargetState.notFound(key, EngineMessages.format("sync.off"))));
            } else if (!absent.isEmpty()) {
                syncing.addAll(absent);
                // As a task of its own: the run takes its lock, then this wait's, never the other way round.
                poller.scheduler().schedule(() -> lateSync.synchronize(absent), Duration.ZERO);
            }
        }
        announceResolved();
    }

    /** Once no target is left unlisted, says which were not found: once per run. */
    private void announceResolved() {
        if (!resolved && unlisted == 0) {
            resolved = true;
            List<String> missing = targets.values().stream().filter(t -> !t.found()).map(t -> t.key().reference()).toList();
            listener.onEvent(new WatchEvent.Resolved(targets.size(), missing));
        }
    }

    /** Each image the selection's poll listed is a target: known already, or new and (mostly) finished. */
    private void discover(List<SwrImage> listed) {
        String imageType = context.settings().imageType().wireName();
        ListedRows rows = ListedRows.of(listed, imageType);
        rows.contradictions().forEach((key, why) -> {
            TargetState known = targets.get(key);
            observe(known, known != null ? known.contradicted(why) : TargetState.contradictory(key, why));
        });
        rows.images().forEach((key, image) -> {
            TargetState known = targets.get(key);
            observe(known, known != null ? known.observe(image) : TargetState.discovered(key, image, selection.recordedBefore()));
        });
    }

    /** @param before null for a target just discovered */
    private void observe(TargetState before, TargetState after) {
        put(after);
        announce(before, after);
    }

    /** Keeps {@code after} as its target's state, and what is counted of the targets with it. */
    private void put(TargetState after) {
        ImageKey key = after.key();
        TargetState before = targets.put(key, after);
        progress.replaced(before, after);
        necessity.changed(after);
        unlisted += (after.unlisted() ? 1 : 0) - (before != null && before.unlisted() ? 1 : 0);
        if (after.found() && !after.over()) {
            pending.put(key, after);
        } else {
            pending.remove(key);
            seenUntil.remove(key);
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

    /** Targets a counted selection holds that no poll listed yet. */
    private int unseen() {
        return selection == null ? 0 : selection.unseen(targets.size());
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
