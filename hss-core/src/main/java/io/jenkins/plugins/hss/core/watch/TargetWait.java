package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The wait of one run after its trigger, as a subscriber of the shared poller: it applies each
 * poll to its targets, reports changes, backs its interval off, fetches per-level vulnerability
 * counts for images that need them, and ends with a report when every scan is over, at the
 * deadline, or never (when cancelled).
 */
final class TargetWait implements PollSubscriber {

    /** How far the service's clock may lag ours before the scan-time filter could hide a result. */
    static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

    private final RunContext context;
    private final SharedPoller poller;
    private final WaitOptions options;
    private final String enterpriseProjectId;
    private final WatchListener listener;
    private final RunRequests requests;
    private final CompletableFuture<ScanReport> result;
    private final Instant triggeredAt;
    private final Map<ImageKey, TargetState> targets = new LinkedHashMap<>();
    /** Null when {@link #targets} are all of them; else how they were counted. */
    private final CountedSelection selection;
    /** What the polls list for {@link #selection}; null without one. */
    private final SelectionPolls selectionPolls;
    private final ProgressTracker progress = new ProgressTracker();
    private final NecessityCounts necessity;
    private boolean graceReported;
    private Duration interval;
    private Instant nextDue;
    private Cancellable deadline;
    private boolean over;

    TargetWait(WatchState state, RunContext context, CompletableFuture<ScanReport> result) {
        this.context = context;
        this.poller = context.poller();
        this.options = context.settings().waitOptions();
        this.enterpriseProjectId = context.settings().enterpriseProjectId();
        this.listener = context.listener();
        this.requests = context.requests();
        this.result = result;
        this.triggeredAt = state.triggeredAt();
        this.graceReported = state.graceReported();
        state.targets().forEach(target -> targets.put(target.key(), target));
        this.selection = state.selection().orElse(null);
        this.selectionPolls = selection == null ? null : new SelectionPolls(selection, context.settings().toRequest(),
                CLOCK_SKEW_ALLOWANCE, poller.serviceClock(), poller.pageSize());
        this.necessity = new NecessityCounts(context, context.settings().gate());
        this.interval = options.initialPollInterval();
    }

    synchronized void start() {
        Instant now = poller.clock().instant();
        nextDue = now.plus(interval);
        Duration left = Duration.between(now, triggeredAt.plus(options.timeout()));
        deadline = poller.scheduler().schedule(this::timeOut, left);
        poller.subscribe(this);
        if (!finishIfOver()) {
            emitProgress();
        }
    }

    synchronized WatchState state() {
        return new WatchState(triggeredAt, graceReported, new ArrayList<>(targets.values()), selection);
    }

    synchronized void cancel() {
        stop();
    }

    @Override
    public synchronized Instant nextPollDue() {
        return nextDue;
    }

    @Override
    public synchronized Duration pollInterval() {
        return interval;
    }

    /** A counted selection's poll lists every target it knows, so it names none of them again. */
    @Override
    public synchronized List<Interest> interests() {
        if (selection != null) {
            return List.of();
        }
        List<Interest> interests = new ArrayList<>();
        for (TargetState target : targets.values()) {
            if (target.found() && !target.finished()) {
                interests.add(new Interest(target.key(), enterpriseProjectId, floor(target),
                        image -> target.observe(image).finished()));
            }
        }
        return interests;
    }

    @Override
    public synchronized List<SwrImageQuery> selections() {
        return selection == null || over ? List.of() : selectionPolls.queries(poller.clock().instant());
    }

    /**
     * Once an image has started, only a scan time past both its record and (on the service's
     * clock, less the skew allowance) the trigger can finish it, so the poll may filter on that.
     * Before, the wait must see the image whatever its time, to notice that it started.
     */
    private Long floor(TargetState target) {
        if (!target.started()) {
            return null;
        }
        long afterRecord = target.recordedScanTime() == null ? 0 : target.recordedScanTime() + 1;
        Instant triggered = poller.serviceClock().toService(triggeredAt);
        return Math.max(afterRecord, triggered.minus(CLOCK_SKEW_ALLOWANCE).toEpochMilli());
    }

    @Override
    public synchronized void onSweep(Sweep sweep) {
        if (over) {
            return;
        }
        requests.add(Api.SWR_REPOSITORY, sweep.requests());
        if (selection == null) {
            for (TargetState target : List.copyOf(targets.values())) {
                var image = sweep.images().get(target.key());
                if (image != null && target.found()) {
                    observe(target, target.observe(image));
                }
            }
        } else {
            List<SwrImage> listed = selectionPolls.read(sweep);
            if (listed != null) {
                discover(listed);
            }
        }
        reportGrace(sweep.at());
        backOff(sweep.at());
        necessity.fetchMissing(targets.values(), this::counted).forEach(t -> targets.put(t.key(), t));
        if (!finishIfOver()) {
            emitProgress();
        }
    }

    /** Each image the selection's poll listed is a target: known already, or new and (mostly) finished. */
    private void discover(List<SwrImage> listed) {
        String imageType = context.settings().imageType().wireName();
        for (SwrImage image : listed) {
            ImageKey key = ImageKey.of(image, imageType);
            TargetState known = targets.get(key);
            if (known != null) {
                observe(known, known.observe(image));
            } else {
                TargetState found = TargetState.discovered(key, image, selection.recordedBefore());
                targets.put(key, found);
                announce(null, found);
            }
        }
    }

    private void observe(TargetState before, TargetState after) {
        targets.put(after.key(), after);
        announce(before, after);
    }

    /** @param before null for a target just discovered */
    private void announce(TargetState before, TargetState after) {
        if (after.finished() && (before == null || !before.finished())) {
            listener.onEvent(new WatchEvent.ImageFinished(after.key().reference(), after.status()));
        } else if (after.started() && (before == null || !before.started())) {
            listener.onEvent(new WatchEvent.ImageStarted(after.key().reference(), after.status()));
        }
    }

    private synchronized void counted(TargetState withCounts) {
        if (!over) {
            targets.put(withCounts.key(), withCounts);
            finishIfOver();
        }
    }

    private void reportGrace(Instant now) {
        if (graceReported || now.isBefore(triggeredAt.plus(options.startGracePeriod()))) {
            return;
        }
        graceReported = true;
        List<String> idle = targets.values().stream().filter(t -> t.found() && !t.started())
                .map(t -> t.key().reference()).toList();
        if (!idle.isEmpty()) {
            listener.onEvent(new WatchEvent.NotStartedWithinGrace(idle, options.startGracePeriod()));
        }
    }

    private void backOff(Instant now) {
        nextDue = now.plus(interval);
        Duration doubled = interval.multipliedBy(2);
        interval = doubled.compareTo(options.maxPollInterval()) > 0 ? options.maxPollInterval() : doubled;
    }

    @Override
    public synchronized void onPollFailed(Throwable error) {
        if (!over) {
            listener.onEvent(new WatchEvent.PollFailed(String.valueOf(error.getMessage())));
            backOff(poller.clock().instant());
        }
    }

    private synchronized void timeOut() {
        if (over) {
            return;
        }
        List<String> pending = targets.values().stream().filter(t -> t.found() && !t.finished())
                .map(t -> t.key().reference()).toList();
        int unseen = unseen();
        if (!pending.isEmpty() || unseen > 0) {
            listener.onEvent(new WatchEvent.TimedOut(pending, unseen));
        }
        finish();
    }

    private boolean finishIfOver() {
        if (over) {
            return true;
        }
        boolean allDone = unseen() == 0 && targets.values().stream().allMatch(t -> !t.found() || t.finished());
        if (allDone && necessity.complete(targets.values())) {
            finish();
            return true;
        }
        return false;
    }

    /** Targets a counted selection holds that no poll listed yet. */
    private int unseen() {
        return selection == null ? 0 : selection.unseen(targets.size());
    }

    private void emitProgress() {
        WatchEvent.Progress event = progress.update(targets.values(), unseen(),
                Duration.between(triggeredAt, poller.clock().instant()));
        if (event != null) {
            listener.onEvent(event);
        }
    }

    private void finish() {
        stop();
        emitProgress();
        result.complete(context.report(state(), true));
    }

    private void stop() {
        over = true;
        if (deadline != null) {
            deadline.cancel();
        }
        necessity.cancel();
        poller.unsubscribe(this);
    }
}
