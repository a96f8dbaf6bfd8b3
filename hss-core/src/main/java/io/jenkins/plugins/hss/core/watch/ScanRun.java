package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One scan run: trigger the batch scan through the user's budget (shared with the runs that
 * trigger the same body meanwhile), wait for the scans this run started, gate them and report. An
 * image list that needs nothing from a listing before its trigger is triggered at once: the
 * trigger's instant on the service's clock separates this run's results from earlier ones, and
 * the first poll tells which images exist. A selection ({@code operate_all}), a list that is not
 * waited for, one that syncs before scan and one of SWR Enterprise first resolve their targets and
 * record their last scan ({@link TargetResolver}), asking HSS to sync for listed images it does
 * not list yet ({@link Synchronization}). Nothing blocks: every step is a task on the engine's
 * {@link Scheduler}, and {@link #result()} completes with the report (or the error that ended the
 * run before there were scans to judge). Faces get runs from {@link HssEngine}.
 *
 * <p>The run's deadline, its start plus the wait's timeout, bounds everything it does, from the
 * first listing to the last vulnerability page: a run whose deadline passes before its trigger
 * ends with a {@link RunTimedOutException}, and one that is waiting ends with its report.
 *
 * <pre>{@code
 * ScanRun run = engine.start(settings, connection, event -> log(event.message()));
 * run.result().thenAccept(report -> ...);       // or join() in a CLI
 * // to survive a restart: persist the state the Triggered event carries (or run.state() from then on)
 * ScanRun again = engine.resume(saved, settings, connection, listener);   // no second trigger
 * }</pre>
 */
public final class ScanRun {

    private RunContext context;
    private final CompletableFuture<ScanReport> result = new CompletableFuture<>();
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private Synchronization sync;
    private Trigger trigger;
    private Cancellable deadlineBeforeWait;
    private TargetWait wait;
    private boolean cancelled;

    private ScanRun(ScanSettings settings, BatchScanRequest request, SharedPoller poller, WatchListener listener,
                    Instant deadline) {
        this.context = new RunContext(settings, request, Objects.requireNonNull(poller, "poller"),
                Objects.requireNonNull(listener, "listener"), new RunRequests(), deadline);
        Cancellable throttling = poller.watchThrottling(throttled ->
                listener.onEvent(new WatchEvent.Throttled(throttled.api().label(), throttled.until())));
        result.whenComplete((report, error) -> throttling.cancel());
    }

    /**
     * Resolves, triggers and waits, as {@code settings} say, until the run's deadline: now plus
     * the wait's timeout.
     *
     * @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException listing every problem of the settings
     */
    static ScanRun start(ScanSettings settings, SharedPoller poller, WatchListener listener) {
        // Invalid settings fail here, naming every problem, before anything is queued or sent.
        return start(settings, Objects.requireNonNull(settings, "settings").toRequest(), poller, listener);
    }

    /** {@link #start(ScanSettings, SharedPoller, WatchListener)} with the request the settings were validated into. */
    static ScanRun start(ScanSettings settings, BatchScanRequest request, SharedPoller poller, WatchListener listener) {
        Instant deadline = poller.clock().instant().plus(settings.waitOptions().timeoutFor(settings.images().size()));
        ScanRun run = new ScanRun(settings, request, poller, listener, deadline);
        run.armDeadline();
        run.resolve();
        return run;
    }

    /** Goes on waiting from a saved state, without triggering again, until the deadline the state carries. */
    static ScanRun resume(WatchState state, ScanSettings settings, SharedPoller poller, WatchListener listener) {
        return resume(state, settings, settings.toRequest(), poller, listener);
    }

    /** {@link #resume(WatchState, ScanSettings, SharedPoller, WatchListener)} with the validated request. */
    static ScanRun resume(WatchState state, ScanSettings settings, BatchScanRequest request, SharedPoller poller,
                          WatchListener listener) {
        ScanRun run = new ScanRun(settings, request, poller, listener, state.deadline(settings.waitOptions()));
        run.await(state);
        return run;
    }

    /** When the run ends whatever it is doing: anything done for it afterwards (e.g. listing findings) stops there too. */
    public Instant deadline() {
        return context.deadline();
    }

    /**
     * The vulnerability lists of {@code report}'s (this run's) finished images with
     * vulnerabilities, for the formats that name each one: read through the user's budget, and
     * only until the run's deadline (see {@link VulnerabilityDetailsFetch}). Cancelling the result
     * withdraws the calls still queued.
     */
    public CompletableFuture<VulnerabilityDetails> vulnerabilityDetails(ScanReport report) {
        return VulnerabilityDetailsFetch.start(report, context.settings(), context.poller(), context.deadline());
    }

    /** Completes with the report, or exceptionally when the run ended before there were scans to judge. */
    public CompletableFuture<ScanReport> result() {
        return result;
    }

    /**
     * The state to persist; empty until the trigger was sent, present from the
     * {@link WatchEvent.Triggered} event on (a listener may ask for it while handling that event).
     * Empty for a run that does not wait.
     */
    public synchronized Optional<WatchState> state() {
        return wait == null ? Optional.empty() : Optional.of(wait.state());
    }

    /**
     * Stops at once: calls still queued are withdrawn (nothing more is sent for this run) and
     * {@link #result()} completes with a {@link CancellationException}.
     */
    public synchronized void cancel() {
        cancelled = true;
        withdraw();
        if (wait != null) {
            wait.cancel();
        }
        result.completeExceptionally(new CancellationException("scan run cancelled"));
    }

    /** Until the wait (which keeps the same deadline) takes over, the run itself ends at its deadline. */
    private synchronized void armDeadline() {
        Duration left = Duration.between(context.poller().clock().instant(), context.deadline());
        deadlineBeforeWait = context.poller().scheduler().schedule(this::deadlinePassed, left);
        result.whenComplete((report, error) -> disarmDeadline());
    }

    private synchronized void disarmDeadline() {
        deadlineBeforeWait.cancel();
    }

    private synchronized void deadlinePassed() {
        if (wait != null || result.isDone()) {
            return;
        }
        String lost = trigger == null ? null : trigger.unconfirmed();
        // Completed first: withdrawing the step completes it as cancelled, which would otherwise end the run.
        result.completeExceptionally(new RunTimedOutException(lost == null
                ? EngineMessages.format("run.deadline_before_trigger", context.deadline())
                : EngineMessages.format("run.deadline_unconfirmed", context.deadline(), lost)));
        withdraw();
    }

    private void withdraw() {
        step.cancel(false);
        if (sync != null) {
            sync.cancel();
        }
        if (trigger != null) {
            trigger.cancel();
        }
    }

    private synchronized void resolve() {
        ScanSettings settings = context.settings();
        if (triggersAtOnce(settings, context.request())) {
            triggerImages();
            return;
        }
        CompletableFuture<TargetResolver.Resolution> resolving = new TargetResolver(context).resolve()
                .thenCompose(this::synchronize);
        step = resolving;
        resolving.whenComplete((resolution, error) -> {
            if (error != null) {
                fail(error);
            } else {
                trigger(resolution);
            }
        });
    }

    /**
     * Whether the trigger needs nothing a listing before it would give: an image list that is
     * waited for, with sync before scan off (which needs to know what HSS does not list yet) and
     * not of SWR Enterprise (whose trigger takes the {@code instance_url} HSS lists).
     */
    private static boolean triggersAtOnce(ScanSettings settings, BatchScanRequest request) {
        return !request.selectsByFilter() && settings.waitOptions().waitForResults()
                && !SyncPlan.of(settings).syncs() && !settings.imageType().isEnterprise();
    }

    /** Sync before scan: the listed images HSS does not list yet are waited for, after asking HSS to sync. */
    private synchronized CompletableFuture<TargetResolver.Resolution> synchronize(TargetResolver.Resolution resolution) {
        if (cancelled || result.isDone()) {
            return CompletableFuture.completedFuture(resolution);
        }
        sync = new Synchronization(context, resolution);
        return sync.run();
    }

    /**
     * An image list that is waited for: triggered without a listing before. Its targets' record is
     * the trigger's instant on the service's clock; the first complete poll tells the images that
     * do not exist, which HSS skips.
     */
    private void triggerImages() {
        String imageType = context.settings().imageType().wireName();
        List<ImageKey> keys = context.settings().images().stream().map(ref -> ImageKey.of(ref, imageType)).distinct()
                .toList();
        send(context.request(), null, keys.size(), sent -> new WatchState(sent.at(), false,
                keys.stream().map(key -> TargetState.triggered(key, sent.bound())).toList(), null, context.deadline()));
    }

    private synchronized void trigger(TargetResolver.Resolution resolution) {
        if (cancelled || result.isDone()) {
            return;
        }
        List<TargetState> targets = resolution.targets();
        List<String> missing = targets.stream().filter(t -> !t.found()).map(t -> t.key().reference()).toList();
        int selected = resolution.selected();
        context.listener().onEvent(new WatchEvent.Resolved(selected + missing.size(), missing));
        if (selected == 0) {
            report(new WatchState(context.poller().clock().instant(), true, targets, null, context.deadline()), false);
            return;
        }
        if (resolution.selection() != null) {
            extendDeadline(resolution.selected());
        }
        BatchScanRequest request = request(targets.stream().filter(TargetState::found).toList());
        TriggerCheck check = request.selectsByFilter() ? new SelectionCheck(context, resolution) : null;
        send(request, check, selected, sent -> new WatchState(sent.at(), false, targets, resolution.selection(),
                context.deadline()));
    }

    /**
     * Sends the run's batch scan with the runs that share it; once it reached HSS, the wait starts
     * from the state {@code waiting} makes of when it went out.
     */
    private void send(BatchScanRequest request, TriggerCheck check, int images,
                      Function<SharedTrigger.Sent, WatchState> waiting) {
        trigger = new Trigger(context, request, check);
        CompletableFuture<SharedTrigger.Sent> sending = trigger.send();
        step = sending;
        sending.whenComplete((sent, error) -> {
            if (error != null) {
                fail(error);
            } else {
                triggered(waiting.apply(sent), images);
            }
        });
    }

    /**
     * A counted selection's default timeout grows with what it counted, which was not known when
     * the run started; a timeout that was set stays as it is.
     */
    private void extendDeadline(int targets) {
        Instant started = context.deadline().minus(context.settings().waitOptions().timeoutFor(0));
        Instant deadline = started.plus(context.settings().waitOptions().timeoutFor(targets));
        if (deadline.isAfter(context.deadline())) {
            context = context.withDeadline(deadline);
            deadlineBeforeWait.cancel();
            armDeadline();
        }
    }

    /**
     * The trigger as configured; an image list without the images that do not exist, each SWR
     * Enterprise image with the {@code instance_url} HSS listed for it unless the settings gave one.
     */
    private BatchScanRequest request(List<TargetState> found) {
        ScanSettings settings = context.settings();
        BatchScanRequest configured = context.request();
        if (configured.selectsByFilter()) {
            return configured;
        }
        Map<ImageKey, TargetState> existing = found.stream()
                .collect(Collectors.toMap(TargetState::key, Function.identity(), (first, second) -> first));
        String imageType = configured.imageType().wireName();
        return configured.withImages(settings.images().stream()
                .filter(ref -> existing.containsKey(ImageKey.of(ref, imageType)))
                .map(ref -> ref.withListedInstanceUrl(existing.get(ImageKey.of(ref, imageType)).instanceUrl()))
                .toList());
    }

    private synchronized void triggered(WatchState state, int images) {
        if (cancelled || result.isDone()) {
            return;
        }
        boolean waits = context.settings().waitOptions().waitForResults();
        if (waits) {
            // Before the event, so that a listener can persist state() as soon as it hears of the trigger.
            wait = new TargetWait(state, context, result);
            deadlineBeforeWait.cancel();
        }
        context.listener().onEvent(new WatchEvent.Triggered(state.triggeredAt(), images, state()));
        if (waits) {
            wait.start();
        } else {
            report(state, false);
        }
    }

    private synchronized void await(WatchState state) {
        wait = new TargetWait(state, context, result);
        wait.start();
    }

    private void report(WatchState state, boolean waited) {
        result.complete(context.report(state, waited));
    }

    private void fail(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        result.completeExceptionally(cause);
    }
}
