package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.client.HssConnectionException;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The batch scan of one run, which changes state and so is never sent again blindly. The call
 * queue sends it again only after an answer that proves it was not executed (429, or no
 * connection made). After any other failure that may have reached HSS (a 5xx, a connection that
 * broke after the request went out) the run says so, waits {@link #CHECK_DELAY} and lists its
 * targets ({@link TriggerCheck}): a target that left its pre-trigger state proves the scan
 * started, and the wait begins. When none did, the batch scan is sent again, at most
 * {@link #MAX_SENDS} times in all: HSS shows the previous result for a while after a trigger (some
 * 10 s), so an empty check may still follow a trigger that arrived, and a second one then only
 * finds its scan pending (HSS does not start it twice); the completion rule holds for either. A
 * build never passes on the trigger's word: only on scans that finished after the record.
 */
final class Trigger {

    /** How long after a lost answer the check lists the targets: well past HSS's stale window of some 10 s. */
    static final Duration CHECK_DELAY = Duration.ofSeconds(30);
    /** Sends of one run's batch scan at most, each after a check that found no scan started. */
    static final int MAX_SENDS = 3;

    private final RunContext context;
    private final BatchScanRequest request;
    private final TriggerCheck check;
    private final CompletableFuture<Instant> triggered = new CompletableFuture<>();
    private Instant firstSent;
    private int sends;
    private String lostAnswer;
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private Cancellable checkTimer;

    Trigger(RunContext context, BatchScanRequest request, TriggerCheck check) {
        this.context = context;
        this.request = request;
        this.check = check;
    }

    /** Completes with the instant the batch scan was first sent, once it is known to have reached HSS. */
    CompletableFuture<Instant> send() {
        sendOnce();
        return triggered;
    }

    /** The error of a lost answer whose check is still pending; null when there is none. */
    synchronized String unconfirmed() {
        return lostAnswer;
    }

    /** Withdraws the send or the check still waiting: nothing more is sent. */
    synchronized void cancel() {
        step.cancel(false);
        if (checkTimer != null) {
            checkTimer.cancel();
        }
    }

    private synchronized void sendOnce() {
        sends++;
        CompletableFuture<Instant> sending = context.poller().call(Api.BATCH_SCAN, context.counted(Api.BATCH_SCAN, () -> {
            Instant at = context.poller().clock().instant();
            synchronized (this) {
                firstSent = firstSent == null ? at : firstSent;
            }
            context.poller().api().batchScan(request);
            return at;
        }), CallPolicy.stateChanging(context.deadline()));
        step = sending;
        sending.whenComplete((at, error) -> {
            if (error == null) {
                triggered.complete(firstSent);
            } else {
                lost(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        });
    }

    private synchronized void lost(Throwable error) {
        if (!mayHaveExecuted(error)) {
            triggered.completeExceptionally(error);
            return;
        }
        lostAnswer = String.valueOf(error.getMessage());
        context.listener().onEvent(new WatchEvent.TriggerUnconfirmed(lostAnswer, CHECK_DELAY));
        checkTimer = context.poller().scheduler().schedule(() -> check(error), CHECK_DELAY);
    }

    private synchronized void check(Throwable error) {
        CompletableFuture<Integer> checking = check.started();
        step = checking;
        checking.whenComplete((started, failed) -> {
            if (failed != null) {
                triggered.completeExceptionally(failed instanceof CompletionException && failed.getCause() != null
                        ? failed.getCause() : failed);
            } else {
                checked(started, error);
            }
        });
    }

    private synchronized void checked(int started, Throwable error) {
        lostAnswer = null;
        if (started > 0) {
            context.listener().onEvent(new WatchEvent.TriggerConfirmed(started));
            triggered.complete(firstSent);
        } else if (sends < MAX_SENDS) {
            context.listener().onEvent(new WatchEvent.TriggerResent(sends + 1, MAX_SENDS));
            sendOnce();
        } else {
            triggered.completeExceptionally(new HssException(EngineMessages.format("run.trigger_unproven", sends,
                    error.getMessage()), error));
        }
    }

    /** An answer that does not say the batch scan was refused: a 5xx, or a connection that may have carried it. */
    private static boolean mayHaveExecuted(Throwable error) {
        return error instanceof HssApiException api && api.status() >= 500
                || error instanceof HssConnectionException connection && connection.mayHaveReachedService();
    }
}
