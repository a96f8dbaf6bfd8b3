package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.RunRequests;
import io.jenkins.plugins.hss.core.budget.RunTimedOutException;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.ScanPort;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.core.sync.SyncPlan;
import io.jenkins.plugins.hss.core.sync.Synchronization;
import io.jenkins.plugins.hss.core.task.ScanTaskFailures;
import io.jenkins.plugins.hss.core.task.ScanTaskStop;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Futures;
import io.jenkins.plugins.hss.core.time.Scheduler;
import io.jenkins.plugins.hss.core.trigger.SharedTrigger;
import io.jenkins.plugins.hss.core.trigger.Trigger;
import io.jenkins.plugins.hss.core.trigger.TriggerCheck;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One scan run: trigger the batch scan through the user's budget (shared with the runs that
 * trigger the same body meanwhile), wait for the scans this run started, gate them and report. An
 * image list that is waited for is triggered at once: the trigger's instant on the service's clock
 * separates this run's results from earlier ones, and the first poll tells which images exist;
 * those HSS does not list yet are synced then ({@link #syncAfterTrigger}) and triggered once they
 * show. A selection ({@code operate_all}), a list that is not waited for and one of SWR Enterprise
 * (whose trigger takes the {@code instance_url} HSS lists) first resolve their targets and record
 * their last scan ({@link TargetResolver}), asking HSS to sync for listed images it does not list
 * yet ({@link Synchronization}). Nothing blocks: every step is a task on the engine's
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

    /** Volatile: the wait reads it when it reports, without the run's lock; written only under it. */
    private volatile RunContext context;
    private final CompletableFuture<ScanReport> result = new CompletableFuture<>();
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private Synchronization sync;
    private Trigger trigger;
    /** The syncs and triggers of images a poll after the trigger showed HSS does not list yet. */
    private final List<Synchronization> lateSyncs = new ArrayList<>();
    private final List<Trigger> lateTriggers = new ArrayList<>();
    /** Volatile, not guarded: the result's completion, under the wait's lock, disarms it (see {@link #disarmDeadline}). */
    private volatile Cancellable deadlineBeforeWait;
    private TargetWait wait;
    /** Volatile: the wait reads it when it reports, holding its own lock, which the run's never nests in. */
    private volatile SharedTrigger.Sent sent;
    /** The triggers after a sync, of the images HSS listed only then; read without the run's lock (see {@link #sends()}). */
    private final List<SharedTrigger.Sent> lateSent = new CopyOnWriteArrayList<>();
    /** The read of the run's scan task after the wait; withdrawn with the run. */
    private volatile ScanTaskFailures taskReading;
    private boolean cancelled;
    /** Whether the poller is the chosen API's: until then, {@code auto} has no trigger to name. */
    private boolean apiChosen;

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
        run.chooseApi(run::resolve);
        return run;
    }

    /** Goes on waiting from a saved state, without triggering again, until the deadline the state carries. */
    static ScanRun resume(WaitSnapshot state, ScanSettings settings, SharedPoller poller, WatchListener listener) {
        return resume(state, settings, settings.toRequest(), poller, listener);
    }

    /** {@link #resume(WaitSnapshot, ScanSettings, SharedPoller, WatchListener)} with the validated request. */
    static ScanRun resume(WaitSnapshot state, ScanSettings settings, BatchScanRequest request, SharedPoller poller,
                          WatchListener listener) {
        ScanRun run = new ScanRun(settings, request, poller, listener, state.deadline(settings.waitOptions()));
        run.chooseApi(() -> run.await(state));
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
    public synchronized Optional<WaitSnapshot> state() {
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

    /**
     * For a build that was aborted: stops the scan task this run started on {@code image-scan-tasks}
     * ({@link ScanTaskStop}: found by the trigger's time, stopped only when it is provably this run's
     * alone), through the user's budget, within two minutes. It does not cancel the run; a face
     * calls {@link #cancel()} too. Completes with what was done, as an event that the run's listener
     * hears as well: {@link WatchEvent.ScanTaskStopped} or {@link WatchEvent.ScanTaskNotStopped}
     * (batch-scan has no task to stop; nothing was triggered; a resumed run, which does not keep
     * the trigger's moment; the trigger served other runs too; no task or several were found).
     */
    public synchronized CompletableFuture<WatchEvent> stopScanTask() {
        String why = sent == null ? EngineMessages.format(wait != null ? "stop.resumed" : "stop.not_triggered")
                : context.poller().port() != ScanPort.IMAGE_SCAN_TASKS ? EngineMessages.format("stop.batch_scan") : null;
        if (why != null) {
            return CompletableFuture.completedFuture(told(new WatchEvent.ScanTaskNotStopped(why)));
        }
        return new ScanTaskStop(context).stop(sends()).thenApply(outcome -> told(outcome.isStopped()
                ? new WatchEvent.ScanTaskStopped(outcome.taskId(), outcome.failedImages())
                : new WatchEvent.ScanTaskNotStopped(outcome.why())));
    }

    /** What was done of the scan task, told to the run's listener too. */
    private WatchEvent told(WatchEvent event) {
        context.listener().onEvent(event);
        return event;
    }

    /** Until the wait (which keeps the same deadline) takes over, the run itself ends at its deadline. */
    private synchronized void armDeadline() {
        Duration left = Duration.between(context.poller().clock().instant(), context.deadline());
        deadlineBeforeWait = context.poller().scheduler().schedule(this::deadlinePassed, left);
        result.whenComplete((report, error) -> disarmDeadline());
    }

    /**
     * Without this run's lock: the wait completes the result holding its own lock, and the run
     * takes its lock before the wait's (cancel, the sync after the trigger); taking it here too
     * could deadlock two engine threads, or an abort and an engine thread.
     */
    private void disarmDeadline() {
        deadlineBeforeWait.cancel();
    }

    private synchronized void deadlinePassed() {
        if (wait != null || result.isDone()) {
            return;
        }
        String lost = trigger == null ? null : trigger.unconfirmed();
        String name = apiChosen ? context.poller().port().triggerName() : EngineMessages.format("trigger.undecided");
        // Completed first: withdrawing the step completes it as cancelled, which would otherwise end the run.
        result.completeExceptionally(new RunTimedOutException(lost == null
                ? EngineMessages.format("run.deadline_before_trigger", context.deadline(), name)
                : EngineMessages.format("run.deadline_unconfirmed", context.deadline(), lost, name)));
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
        lateSyncs.forEach(Synchronization::cancel);
        lateTriggers.forEach(Trigger::cancel);
        ScanTaskFailures reading = taskReading;
        if (reading != null) {
            reading.cancel();
        }
    }

    /**
     * Moves the run to the poller of the API it uses, says which, and goes on with {@code next}:
     * at once when the settings name the API; for {@code auto}, once the budget knows whether the
     * service offers the newer one (a failure to find out ends the run with that error). A resumed
     * run of {@code auto} asks again: should the answer differ, both APIs list the same scans of
     * the same images, so the completion rule holds on either.
     */
    private synchronized void chooseApi(Runnable next) {
        ScanApi api = context.settings().api();
        if (api.isDecided()) {
            useApi(ScanPort.of(api), null, next);
            return;
        }
        CompletableFuture<Boolean> asking = context.poller().newerApiOffered(context.read(),
                () -> context.requests().add(ApiName.REGISTRIES, 1));
        step = asking;
        asking.whenComplete((offered, error) -> {
            if (error != null) {
                fail(error);
            } else {
                useApi(offered ? ScanPort.IMAGE_SCAN_TASKS : ScanPort.BATCH_SCAN, offered, next);
            }
        });
    }

    private synchronized void useApi(ScanPort port, Boolean offered, Runnable next) {
        if (cancelled || result.isDone()) {
            return;
        }
        context = context.withPoller(context.poller().on(port));
        apiChosen = true;
        context.listener().onEvent(new WatchEvent.ApiChosen(port.api().wireName(), offered));
        if (context.settings().registry() == null) {
            next.run();
            return;
        }
        CompletableFuture<ChosenRegistry> resolving = RegistryResolution.resolve(context);
        step = resolving;
        resolving.whenComplete((registry, error) -> registryResolved(registry, error, next));
    }

    /** The images are in {@code registry}: every request and key of the run names it from here on. */
    private synchronized void registryResolved(ChosenRegistry registry, Throwable error, Runnable next) {
        if (cancelled || result.isDone()) {
            return;
        }
        if (error != null) {
            fail(error);
            return;
        }
        context = context.withRegistry(registry);
        context.listener().onEvent(new WatchEvent.RegistryResolved(registry.toString()));
        next.run();
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
     * waited for (its polls tell what HSS does not list), not of SWR Enterprise (whose trigger
     * takes the {@code instance_url} HSS lists).
     */
    private static boolean triggersAtOnce(ScanSettings settings, BatchScanRequest request) {
        return !request.selectsByFilter() && settings.waitOptions().waitForResults()
                && !settings.imageType().isEnterprise();
    }

    /** Sync before scan: the listed images HSS does not list yet are waited for, after asking HSS to sync. */
    private synchronized CompletableFuture<TargetResolver.Resolution> synchronize(TargetResolver.Resolution resolution) {
        if (cancelled || result.isDone()) {
            return CompletableFuture.completedFuture(resolution);
        }
        sync = new Synchronization(context, resolution.missing());
        return sync.run().thenApply(resolution::synced);
    }

    /**
     * An image list that is waited for: triggered without a listing before. Its targets' record is
     * the trigger's instant on the service's clock; the first complete poll tells the images that
     * do not exist, which HSS skips.
     */
    private void triggerImages() {
        List<ImageKey> keys = context.settings().images().stream().map(ref -> ImageKey.of(ref, context.request()))
                .distinct().toList();
        send(context.request(), null, keys.size(), sent -> new WaitSnapshot(sent.at(), false,
                keys.stream().map(key -> TargetState.triggered(key, sent.bound())).toList(), NamedTargets.INSTANCE,
                context.deadline()));
    }

    /**
     * Sync before scan, for an image list triggered at once: the images its first complete poll
     * showed HSS does not list (which HSS skipped at the trigger) are synced as before a trigger,
     * and those that show are triggered then, recorded by the sync's listing; the others are not
     * found, with what the sync did. A failure of that trigger ends the run, as the first one's does.
     */
    private synchronized void syncAfterTrigger(List<ImageKey> absent) {
        if (cancelled || result.isDone()) {
            return;
        }
        TargetResolver.Resolution unsynced = new TargetResolver.Resolution(
                absent.stream().map(TargetState::notFound).toList(), NamedTargets.INSTANCE, null);
        Synchronization late = new Synchronization(context, absent);
        lateSyncs.add(late);
        late.run().thenApply(unsynced::synced).whenComplete((resolution, error) -> synced(absent, resolution, error));
    }

    private synchronized void synced(List<ImageKey> absent, TargetResolver.Resolution resolution, Throwable error) {
        if (cancelled || result.isDone() || wait == null) {
            return;
        }
        Throwable cause = Futures.cause(error);
        if (cause != null) {
            // The sync's looks failed for good: a malformed answer proves nothing of the images, any other
            // failure leaves them not found, with the sync's error as the reason (as before a trigger).
            String why = String.valueOf(cause.getMessage());
            wait.synced(absent.stream().map(key -> cause instanceof MalformedResponseException
                    ? TargetState.contradictory(key, why)
                    : TargetState.notFound(key, EngineMessages.format("sync.failed", why))).toList());
            return;
        }
        List<TargetState> shown = resolution.targets().stream().filter(TargetState::found).toList();
        wait.synced(resolution.targets().stream().filter(t -> !t.found()).toList());
        if (shown.isEmpty()) {
            return;
        }
        Trigger again = context.trigger(request(shown), null);
        lateTriggers.add(again);
        again.send().whenComplete((done, failure) -> triggeredAfterSync(shown, done, failure));
    }

    private synchronized void triggeredAfterSync(List<TargetState> shown, SharedTrigger.Sent done, Throwable failure) {
        if (cancelled || result.isDone()) {
            return;
        }
        if (done != null) {
            lateSent.add(done);
        }
        if (failure != null) {
            wait.cancel();
            fail(failure);
        } else {
            wait.synced(shown);
        }
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
            report(new WaitSnapshot(context.poller().clock().instant(), true, targets, resolution.targetSet(),
                    context.deadline()), false);
            return;
        }
        extendDeadline(resolution.targetSet().deadline(context.deadline(), context.settings().waitOptions(), selected));
        BatchScanRequest request = request(targets.stream().filter(TargetState::found).toList());
        TriggerCheck check = request.selectsByFilter() ? new SelectionCheck(context, resolution) : null;
        send(request, check, selected, sent -> new WaitSnapshot(sent.at(), false, targets, resolution.targetSet(),
                context.deadline()));
    }

    /**
     * Sends the run's batch scan with the runs that share it; once it reached HSS, the wait starts
     * from the state {@code waiting} makes of when it went out.
     */
    private void send(BatchScanRequest request, TriggerCheck check, int images,
                      Function<SharedTrigger.Sent, WaitSnapshot> waiting) {
        trigger = context.trigger(request, check);
        CompletableFuture<SharedTrigger.Sent> sending = trigger.send();
        step = sending;
        sending.whenComplete((done, error) -> {
            if (error != null) {
                fail(error);
            } else {
                triggered(done, waiting.apply(done), images);
            }
        });
    }

    /** The deadline the targets make of the run's once they are known ({@link TargetSet#deadline}). */
    private void extendDeadline(Instant deadline) {
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
        return configured.withImages(settings.images().stream()
                .filter(ref -> existing.containsKey(ImageKey.of(ref, configured)))
                .map(ref -> ref.withListedInstanceUrl(existing.get(ImageKey.of(ref, configured)).instanceUrl()))
                .toList());
    }

    private synchronized void triggered(SharedTrigger.Sent done, WaitSnapshot state, int images) {
        sent = done;
        if (cancelled || result.isDone()) {
            return;
        }
        boolean waits = context.settings().waitOptions().waitForResults();
        if (waits) {
            // Before the event, so that a listener can persist state() as soon as it hears of the trigger.
            wait = new TargetWait(state, context, result, lateSync(), this::reportWaited);
            deadlineBeforeWait.cancel();
        }
        context.listener().onEvent(new WatchEvent.Triggered(state.triggeredAt(), images, state()));
        if (waits) {
            wait.start();
        } else {
            report(state, false);
        }
    }

    private synchronized void await(WaitSnapshot state) {
        wait = new TargetWait(state, context, result, lateSync(), this::reportWaited);
        wait.start();
    }

    /**
     * The report of the wait's final state; on {@code image-scan-tasks}, with the run's own scan
     * task's {@code failed_images} ({@link ScanTaskFailures}). Called under the wait's lock, so it
     * takes no lock of the run's.
     */
    private CompletableFuture<ScanReport> reportWaited(WaitSnapshot state, ResultAmendment amended) {
        if (context.poller().port() != ScanPort.IMAGE_SCAN_TASKS) {
            return CompletableFuture.completedFuture(context.report(state, true, amended));
        }
        ScanTaskFailures reading = new ScanTaskFailures(context);
        taskReading = reading;
        List<ImageKey> keys = state.targets().stream().map(TargetState::key).toList();
        return reading.read(sends(), keys).thenApply(task -> context.report(state, true, amended.then((target, result) -> {
            String failure = task.failure(target.key());
            return failure == null ? result : result.withTaskFailure(failure);
        })).withScanTask(task.reading()));
    }

    /**
     * The run's triggers: none for a resumed run, which does not keep them; then the first, and
     * those after a sync. Takes no lock: the report of the wait asks for them under the wait's.
     */
    private List<SharedTrigger.Sent> sends() {
        List<SharedTrigger.Sent> sends = new ArrayList<>();
        if (sent != null) {
            sends.add(sent);
            sends.addAll(lateSent);
        }
        return sends;
    }

    /** Null when an image a poll after the trigger shows HSS does not list is simply not found. */
    private TargetWait.LateSync lateSync() {
        return SyncPlan.of(context.settings()).syncs() ? this::syncAfterTrigger : null;
    }

    private void report(WaitSnapshot state, boolean waited) {
        result.complete(context.report(state, waited));
    }

    private void fail(Throwable error) {
        result.completeExceptionally(Futures.cause(error));
    }
}
