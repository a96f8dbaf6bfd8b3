package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * One scan run: resolve the targets and record their last scan, trigger the batch scan through the
 * user's budget, wait for the scans this run started, gate them and report. Nothing blocks: every
 * step is a task on the engine's {@link Scheduler}, and {@link #result()} completes with the report
 * (or the trigger's error). Faces get runs from {@link HssEngine}:
 *
 * <pre>{@code
 * ScanRun run = engine.start(settings, connection, event -> log(event.message()));
 * run.result().thenAccept(report -> ...);       // or join() in a CLI
 * // to survive a restart: persist the state the Triggered event carries (or run.state() from then on)
 * ScanRun again = engine.resume(saved, settings, connection, listener);   // no second trigger
 * }</pre>
 */
public final class ScanRun {

    private final RunContext context;
    private final CompletableFuture<ScanReport> result = new CompletableFuture<>();
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private TargetWait wait;
    private boolean cancelled;

    private ScanRun(ScanSettings settings, SharedPoller poller, WatchListener listener) {
        // Invalid settings fail here, naming every problem, before anything is queued or sent.
        Objects.requireNonNull(settings, "settings").toRequest();
        this.context = new RunContext(Objects.requireNonNull(settings, "settings"),
                Objects.requireNonNull(poller, "poller"), Objects.requireNonNull(listener, "listener"), new RunRequests());
        Cancellable throttling = poller.watchThrottling(throttled ->
                listener.onEvent(new WatchEvent.Throttled(throttled.api().label(), throttled.until())));
        result.whenComplete((report, error) -> throttling.cancel());
    }

    /**
     * Resolves, triggers and waits, as {@code settings} say.
     *
     * @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException listing every problem of the settings
     */
    static ScanRun start(ScanSettings settings, SharedPoller poller, WatchListener listener) {
        ScanRun run = new ScanRun(settings, poller, listener);
        run.resolve();
        return run;
    }

    /** Goes on waiting from a saved state, without triggering again. */
    static ScanRun resume(WatchState state, ScanSettings settings, SharedPoller poller, WatchListener listener) {
        ScanRun run = new ScanRun(settings, poller, listener);
        run.await(state);
        return run;
    }

    /** Completes with the report, or exceptionally when resolving or triggering failed. */
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
        step.cancel(false);
        if (wait != null) {
            wait.cancel();
        }
        result.completeExceptionally(new CancellationException("scan run cancelled"));
    }

    private synchronized void resolve() {
        CompletableFuture<TargetResolver.Resolution> resolving = new TargetResolver(context).resolve();
        step = resolving;
        resolving.whenComplete((resolution, error) -> {
            if (error != null) {
                fail(error);
            } else {
                trigger(resolution);
            }
        });
    }

    private synchronized void trigger(TargetResolver.Resolution resolution) {
        if (cancelled) {
            return;
        }
        List<TargetState> targets = resolution.targets();
        List<String> missing = targets.stream().filter(t -> !t.found()).map(t -> t.key().reference()).toList();
        int selected = resolution.selected();
        context.listener().onEvent(new WatchEvent.Resolved(selected + missing.size(), missing));
        if (selected == 0) {
            report(new WatchState(context.poller().clock().instant(), true, targets), false);
            return;
        }
        BatchScanRequest request = request(targets.stream().filter(TargetState::found).toList());
        CompletableFuture<Instant> sending = context.poller().call(Api.BATCH_SCAN, () -> {
            Instant at = context.poller().clock().instant();
            context.poller().api().batchScan(request);
            return at;
        });
        step = sending;
        sending.whenComplete((at, error) -> {
            if (error != null) {
                fail(error);
            } else {
                triggered(new WatchState(at, false, targets, resolution.selection()), selected);
            }
        });
    }

    /** The trigger as configured; an image list without the images that do not exist. */
    private BatchScanRequest request(List<TargetState> found) {
        ScanSettings settings = context.settings();
        BatchScanRequest configured = settings.toRequest();
        if (configured.selectsByFilter()) {
            return configured;
        }
        Set<ImageKey> existing = found.stream().map(TargetState::key).collect(Collectors.toSet());
        String imageType = configured.imageType().wireName();
        return settings.withImages(settings.images().stream()
                .filter(ref -> existing.contains(ImageKey.of(ref, imageType))).toList()).toRequest();
    }

    private synchronized void triggered(WatchState state, int images) {
        if (cancelled) {
            return;
        }
        context.requests().add(Api.BATCH_SCAN, 1);
        boolean waits = context.settings().waitOptions().waitForResults();
        if (waits) {
            // Before the event, so that a listener can persist state() as soon as it hears of the trigger.
            wait = new TargetWait(state, context, result);
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
