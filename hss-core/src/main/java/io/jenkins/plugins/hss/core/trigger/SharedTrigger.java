package io.jenkins.plugins.hss.core.trigger;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.RunRequests;
import io.jenkins.plugins.hss.core.budget.RunTimedOutException;
import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.client.HssConnectionException;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Futures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One batch scan for every run of a project that wants to trigger the same body but its image
 * list within a short window: one call of the user's budget with the union of their images, where
 * each run would have spent one (200 concurrent builds: 1 call instead of 200, 40 minutes at HSS's
 * 5 a minute). Runs join it from the first one's arrival until its call goes out: the window
 * ({@code HssEngine.Builder.triggerWindow}) delays a lone run by at most its length, and a call
 * still waiting for its turn of the budget takes whoever comes meanwhile. It holds at most
 * {@link #MAX_IMAGES} images; a run with more sends them in several parts.
 *
 * <p>Each run judges only its own images, and each hears the same outcome: the instant the call
 * first went out (every member's trigger instant), or the same failure. The call changes state,
 * so it is never sent again blindly: after an answer that may come from an executed call (a 5xx,
 * a connection that broke after the request went out) every member hears so, the batch waits
 * {@link #CHECK_DELAY} and lists its images once for all of them ({@link TriggerCheck}); an image
 * that is waiting, scanning or scanned since the call proves it was executed. When none is, the
 * batch is sent again, at most {@link #MAX_SENDS} times in all. Every attempt and every check
 * counts for each member, and as a share of it ({@link RunRequests}). A call that the budget never
 * let out before its deadline (the latest of its members' when it was queued) is queued again for
 * the members whose deadline is later: it was not sent.
 */
public final class SharedTrigger implements SharedPoller.OpenTrigger<SharedTrigger.Part> {

    /** How long after a lost answer the check lists the images: well past HSS's stale window of some 10 s. */
    public static final Duration CHECK_DELAY = Duration.ofSeconds(30);
    /** Sends of one batch scan at most, each after a check that found no scan started. */
    static final int MAX_SENDS = 3;
    /**
     * The most images one call names. HSS's API page gives {@code image_info_list} "0-10241"
     * items, a number that reads as a typo (of 1024, or 10240); 1,000 is below every reading, its
     * body (at most some 800 bytes an item) stays far below the gateway's 12 MB, and it holds 200
     * builds of 5 images in one call.
     */
    static final int MAX_IMAGES = 1000;

    /**
     * How a batch that names its images tells whether a lost answer's call was executed: one
     * listing of {@code body}'s images, each call counting for every run in {@code served}, none
     * starting after {@code deadline}; a scan started at or after {@code firstSent} proves it.
     */
    @FunctionalInterface
    public interface ImagesCheck {
        TriggerCheck of(BatchScanRequest body, Instant firstSent, List<RunRequests> served, Instant deadline);
    }

    /**
     * What a member hears: when the call first went out, that instant on the service's clock, and
     * whether the call was the member's alone (one call that served no other run).
     */
    public record Sent(Instant at, Long bound, boolean alone) {
    }

    /**
     * A run's part of a batch: its images (some or all of them), how to tell whether a lost call
     * was executed when it selects by filter, and the outcome it waits for.
     */
    static final class Part {
        private final TriggerMember member;
        private final List<ImageRef> images;
        private final TriggerCheck selectionCheck;
        private final CompletableFuture<Sent> sent = new CompletableFuture<>();
        /** Set when the part joins, read by the run that leaves or asks; volatile: they are not the same thread. */
        private volatile SharedTrigger batch;

        /** @param selectionCheck for a run that selects by filter; null for an image list */
        Part(TriggerMember member, List<ImageRef> images, TriggerCheck selectionCheck) {
            this.member = member;
            this.images = List.copyOf(images);
            this.selectionCheck = selectionCheck;
        }

        CompletableFuture<Sent> sent() {
            return sent;
        }

        /** The error of a lost answer whose check is still pending; null when there is none. */
        String unconfirmed() {
            SharedTrigger joined = batch;
            return joined == null ? null : joined.unconfirmed();
        }

        /** The run no longer waits: nothing more is sent for it, nor for its batch once no member is left. */
        void leave() {
            SharedTrigger joined = batch;
            if (joined != null) {
                joined.leave(this);
            }
        }
    }

    private final SharedPoller poller;
    private final BatchScanRequest shape;
    private final Duration window;
    private final Runnable takesNoMore;
    private final ImagesCheck imagesCheck;
    private final List<Part> parts = new ArrayList<>();
    private final Set<ImageRef> images = new LinkedHashSet<>();
    private boolean open = true;
    /** Whether the call is in the budget's queue (or going out) now. */
    private boolean queued;
    private Instant windowEnds;
    private Cancellable windowTimer;
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private Cancellable checkTimer;
    private Instant firstSent;
    private int sends;
    private String lostAnswer;

    /**
     * @param shape       the body every member sends, but its image list
     * @param takesNoMore called once the batch takes no more members (its call went out)
     */
    SharedTrigger(SharedPoller poller, BatchScanRequest shape, Duration window, Runnable takesNoMore,
                  ImagesCheck imagesCheck) {
        this.poller = poller;
        this.shape = shape;
        this.window = window;
        this.takesNoMore = takesNoMore;
        this.imagesCheck = imagesCheck;
    }

    @Override
    public synchronized boolean join(Part part) {
        if (!open || !parts.isEmpty() && union(part) > MAX_IMAGES) {
            return false;
        }
        parts.add(part);
        images.addAll(part.images);
        part.batch = this;
        if (parts.size() == 1) {
            windowEnds = poller.clock().instant().plus(window);
        }
        // A run whose deadline comes within the window waits for no one.
        if (images.size() >= MAX_IMAGES || !part.member.deadline().isAfter(windowEnds)) {
            submit();
        } else if (parts.size() == 1) {
            windowTimer = poller.scheduler().schedule(this::windowClosed, window);
        }
        return true;
    }

    private int union(Part part) {
        Set<ImageRef> after = new LinkedHashSet<>(images);
        after.addAll(part.images);
        return after.size();
    }

    synchronized String unconfirmed() {
        return lostAnswer;
    }

    private synchronized void windowClosed() {
        windowTimer = null;
        if (!parts.isEmpty()) {
            submit();
        }
    }

    /** Queues the call in the budget (unless it is queued already), until the latest deadline of the members now. */
    private synchronized void submit() {
        if (queued) {
            return;
        }
        queued = true;
        if (windowTimer != null) {
            windowTimer.cancel();
            windowTimer = null;
        }
        Instant deadline = parts.stream().map(part -> part.member.deadline()).max(Instant::compareTo).orElseThrow();
        CompletableFuture<Instant> call = poller.call(poller.port().triggerApi(), this::send, CallPolicy.stateChanging(deadline));
        step = call;
        call.whenComplete(this::answered);
    }

    /** The call, when the budget lets it out: the members then are the ones it is for. */
    private Instant send() throws HssException {
        List<Part> members;
        BatchScanRequest body;
        Instant at = poller.clock().instant();
        Instant before;
        boolean first;
        synchronized (this) {
            first = open;
            open = false;
            members = List.copyOf(parts);
            if (members.isEmpty()) {
                throw new CancellationException("no run waits for this batch scan any more");
            }
            body = body(members);
            before = firstSent;
            firstSent = firstSent == null ? at : firstSent;
            sends++;
        }
        if (first) {
            takesNoMore.run();
        }
        members.forEach(part -> part.member.requests().addShared(poller.port().triggerApi(), 1, members.size()));
        try {
            poller.serviceClock().observe(poller.port().trigger(poller.api(), body));
        } catch (HssException e) {
            if (!mayHaveExecuted(e)) {
                // Refused (a 429) or never delivered: this attempt scanned nothing, so it is no trigger instant.
                synchronized (this) {
                    firstSent = before;
                }
            }
            throw e;
        }
        return at;
    }

    private BatchScanRequest body(List<Part> members) {
        if (shape.selectsByFilter()) {
            return shape;
        }
        Set<ImageRef> union = new LinkedHashSet<>();
        members.forEach(part -> union.addAll(part.images));
        return shape.withImages(List.copyOf(union));
    }

    private void answered(Instant at, Throwable error) {
        synchronized (this) {
            queued = false;
        }
        if (error == null) {
            succeeded();
            return;
        }
        Throwable cause = Futures.cause(error);
        synchronized (this) {
            if (cause instanceof CancellationException) {
                return;
            }
            if (open && cause instanceof RunTimedOutException) {
                // The budget never let it out: not sent, so it may go for the members whose deadline is later.
                Instant now = poller.clock().instant();
                parts.removeIf(part -> !part.member.deadline().isAfter(now));
                if (!parts.isEmpty()) {
                    submit();
                }
                return;
            }
        }
        if (mayHaveExecuted(cause)) {
            lost(cause);
        } else {
            failed(cause);
        }
    }

    private void succeeded() {
        List<Part> members;
        Sent sent;
        synchronized (this) {
            lostAnswer = null;
            members = List.copyOf(parts);
            sent = new Sent(firstSent, poller.serviceClock().now().isPresent()
                    ? poller.serviceClock().toService(firstSent).toEpochMilli() : null, members.size() == 1);
        }
        members.forEach(part -> part.sent.complete(sent));
    }

    private void failed(Throwable error) {
        List<Part> members;
        synchronized (this) {
            lostAnswer = null;
            members = List.copyOf(parts);
        }
        members.forEach(part -> part.sent.completeExceptionally(error));
    }

    private void lost(Throwable error) {
        String answer = String.valueOf(error.getMessage());
        synchronized (this) {
            lostAnswer = answer;
            checkTimer = poller.scheduler().schedule(() -> check(error), CHECK_DELAY);
        }
        tell(member -> member.unconfirmed(answer, CHECK_DELAY));
    }

    private synchronized void check(Throwable error) {
        checkTimer = null;
        if (parts.isEmpty()) {
            return;
        }
        CompletableFuture<Integer> checking = checkNow();
        step = checking;
        checking.whenComplete((started, failed) -> {
            if (failed == null) {
                checked(started, error);
            } else if (!(Futures.cause(failed) instanceof CancellationException)) {
                failed(Futures.cause(failed));
            }
        });
    }

    /** Whether the call was executed: its members' own check when they select by filter, else one listing of its images. */
    private CompletableFuture<Integer> checkNow() {
        if (shape.selectsByFilter()) {
            return parts.get(0).selectionCheck.started();
        }
        List<RunRequests> served = parts.stream().map(part -> part.member.requests()).toList();
        Instant deadline = parts.stream().map(part -> part.member.deadline()).max(Instant::compareTo).orElseThrow();
        return imagesCheck.of(body(parts), firstSent, served, deadline).started();
    }

    private void checked(int started, Throwable error) {
        int sent;
        synchronized (this) {
            lostAnswer = null;
            sent = sends;
        }
        if (started > 0) {
            tell(member -> member.confirmed(started));
            succeeded();
        } else if (sent < MAX_SENDS) {
            tell(member -> member.resent(sent + 1, MAX_SENDS));
            synchronized (this) {
                if (!parts.isEmpty()) {
                    submit();
                }
            }
        } else {
            failed(new HssException(EngineMessages.format("run.trigger_unproven", sent, error.getMessage(),
                    poller.port().triggerName()), error));
        }
    }

    /** Tells every member, outside the batch's lock (a listener may call back into its run). */
    private void tell(Consumer<TriggerMember> news) {
        List<Part> members;
        synchronized (this) {
            members = List.copyOf(parts);
        }
        members.forEach(part -> news.accept(part.member));
    }

    /** {@code part} leaves; once no member is left, nothing more is sent or checked for the batch. */
    private synchronized void leave(Part part) {
        parts.remove(part);
        if (open) {
            images.clear();
            parts.forEach(each -> images.addAll(each.images));
        }
        if (!parts.isEmpty()) {
            return;
        }
        if (windowTimer != null) {
            windowTimer.cancel();
            windowTimer = null;
        }
        if (checkTimer != null) {
            checkTimer.cancel();
            checkTimer = null;
        }
        step.cancel(false);
    }

    /** An answer that does not say the batch scan was refused: a 5xx, or a connection that may have carried it. */
    private static boolean mayHaveExecuted(Throwable error) {
        return error instanceof HssApiException api && api.status() >= 500
                || error instanceof HssConnectionException connection && connection.mayHaveReachedService();
    }
}
