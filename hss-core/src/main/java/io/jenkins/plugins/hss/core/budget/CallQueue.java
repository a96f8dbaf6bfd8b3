package io.jenkins.plugins.hss.core.budget;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Scheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls waiting for one API's budget, made one at a time, each as soon as the budget admits
 * it. Every caller in the process (polls, triggers, vulnerability pages of all builds on one
 * credential) queues here, so together they stay under the rate instead of meeting a 429. A
 * poll's call {@linkplain CallPolicy#yields() yields}: it takes a slot only while the budget's
 * poll margin of the window stays free, so that the calls behind it, and other clients of the
 * same user, always find one within the window however fast the polls go.
 *
 * <p>This is also where a failed call is sent again, the engine's only retry mechanism: nothing
 * sleeps, a call to retry goes back to its place in the queue with the instant it may go again,
 * and every attempt spends the budget like any call. A 429 that still happens (another client
 * on the same account) pauses the whole queue and puts the call back at its head: a throttled
 * call was not executed, so repeating it is safe, as often as the call's deadline allows. A
 * transient failure is sent again as {@link RetryRule} says. No attempt starts at or after the
 * call's {@linkplain CallPolicy#deadline() deadline}, and no retry is planned past it: the
 * caller then gets the last error.
 */
public final class CallQueue {

    private final ApiName api;
    private final CallWindow budget;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration defaultPause;
    private final RetryRule retries;
    private final Consumer<Throttling> onThrottled;
    private final int pollMargin;
    private final LinkedList<Pending<?>> queue = new LinkedList<>();
    private Cancellable armed;
    private Instant armedFor;
    private boolean running;
    private int made;

    public CallQueue(ApiName api, CallWindow budget, Scheduler scheduler, Clock clock, RetryRule retries,
              Consumer<Throttling> onThrottled) {
        this(api, budget, 0, scheduler, clock, retries, onThrottled);
    }

    /**
     * @param pollMargin calls of each window that a {@linkplain CallPolicy#yields() yielding} call
     *                   leaves free (at most all but one)
     */
    public CallQueue(ApiName api, CallWindow budget, int pollMargin, Scheduler scheduler, Clock clock, RetryRule retries,
              Consumer<Throttling> onThrottled) {
        this.api = Objects.requireNonNull(api, "api");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultPause = budget.limit().per();
        this.retries = Objects.requireNonNull(retries, "retries");
        this.onThrottled = Objects.requireNonNull(onThrottled, "onThrottled");
        this.pollMargin = pollMargin;
    }

    /** Queues a call; cancelling the returned future before its turn means it is never sent (again). */
    public <T> CompletableFuture<T> submit(ApiCall<T> call, CallPolicy policy) {
        Pending<T> pending = new Pending<>(call, policy, new CompletableFuture<>(), clock.instant());
        synchronized (this) {
            queue.addLast(pending);
        }
        arm();
        return pending.result;
    }

    /** How many calls this queue has sent, every attempt counted. */
    synchronized int callsMade() {
        return made;
    }

    /** Nothing queued, nothing running, and no call in the budget's window: forgetting this queue is safe. */
    public synchronized boolean isIdle() {
        queue.removeIf(p -> p.result.isDone());
        return queue.isEmpty() && !running && budget.isQuiet();
    }

    private void arm() {
        List<Pending<?>> late = new ArrayList<>();
        synchronized (this) {
            dropFinished(late);
            if (!running && !queue.isEmpty()) {
                Instant due = earliestTurn(budget.nextSlots(pollMargin));
                if (armed == null || armedFor.isAfter(due)) {
                    if (armed != null) {
                        armed.cancel();
                    }
                    armedFor = due;
                    armed = scheduler.schedule(this::runNext, Duration.between(clock.instant(), due));
                }
            }
        }
        late.forEach(Pending::pastDeadline);
    }

    private void runNext() {
        Pending<?> next = null;
        List<Pending<?>> late = new ArrayList<>();
        synchronized (this) {
            armed = null;
            dropFinished(late);
            CallWindow.Slots slots = budget.nextSlots(pollMargin);
            // Read after the slots, which a clock that never reads the same twice puts at its own "now".
            Instant now = clock.instant();
            // Taking the slot records the call at once: a ledger shared with other processes
            // never gives the same slot twice.
            Pending<?> eligible = running ? null : eligible(now, slots);
            if (eligible != null && budget.tryTake(eligible.policy.yields() ? pollMargin : 0)) {
                queue.remove(eligible);
                next = eligible;
                made++;
                running = true;
            }
        }
        late.forEach(Pending::pastDeadline);
        if (next != null) {
            run(next);
        }
        arm();
    }

    private <T> void run(Pending<T> pending) {
        T value;
        try {
            value = pending.call.call();
        } catch (Exception e) {
            retryOrFail(pending, e);
            return;
        }
        finish(() -> pending.result.complete(value));
    }

    private void retryOrFail(Pending<?> pending, Exception error) {
        Instant now = clock.instant();
        Duration pause = ThrottleSignal.pauseFor(error, defaultPause).orElse(null);
        if (pause != null && now.plus(pause).isBefore(pending.policy.deadline())) {
            Instant until = now.plus(pause);
            budget.pauseUntil(until);
            requeue(pending, now);
            onThrottled.accept(new Throttling(api, until));
            return;
        }
        Duration backoff = pause != null ? null : retries.backoff(error, pending.policy, ++pending.failures).orElse(null);
        if (backoff != null && now.plus(backoff).isBefore(pending.policy.deadline())) {
            requeue(pending, now.plus(backoff));
            return;
        }
        finish(() -> pending.result.completeExceptionally(error));
    }

    /** Puts a call back at the head of the queue: its turn comes before later ones, from {@code notBefore} on. */
    private void requeue(Pending<?> pending, Instant notBefore) {
        synchronized (this) {
            pending.notBefore = notBefore;
            queue.addFirst(pending);
            running = false;
        }
    }

    private void finish(Runnable completion) {
        synchronized (this) {
            running = false;
        }
        completion.run();
    }

    /** Forgets cancelled calls and takes out those whose deadline came before their turn. */
    private void dropFinished(List<Pending<?>> late) {
        Instant now = clock.instant();
        for (Iterator<Pending<?>> it = queue.iterator(); it.hasNext(); ) {
            Pending<?> pending = it.next();
            if (pending.result.isDone()) {
                it.remove();
            } else if (!now.isBefore(pending.policy.deadline())) {
                it.remove();
                late.add(pending);
            }
        }
    }

    /**
     * The first call in the queue that may go now; calls waiting out a backoff, and polls waiting
     * for the margin of the window, let later ones pass.
     */
    private Pending<?> eligible(Instant now, CallWindow.Slots slots) {
        for (Pending<?> pending : queue) {
            if (!turn(pending, slots).isAfter(now)) {
                return pending;
            }
        }
        return null;
    }

    /** When the first call of the queue may go. */
    private Instant earliestTurn(CallWindow.Slots slots) {
        Instant earliest = null;
        for (Pending<?> pending : queue) {
            Instant turn = turn(pending, slots);
            earliest = earliest == null || turn.isBefore(earliest) ? turn : earliest;
        }
        return earliest;
    }

    private static Instant turn(Pending<?> pending, CallWindow.Slots slots) {
        return max(slots.of(pending.policy.yields()), pending.notBefore);
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** A 429 seen by the queue of {@code api}: no call of it before {@code until}. */
    public record Throttling(ApiName api, Instant until) {
    }

    private final class Pending<T> {
        final ApiCall<T> call;
        final CallPolicy policy;
        final CompletableFuture<T> result;
        Instant notBefore;
        int failures;

        Pending(ApiCall<T> call, CallPolicy policy, CompletableFuture<T> result, Instant notBefore) {
            this.call = call;
            this.policy = Objects.requireNonNull(policy, "policy");
            this.result = result;
            this.notBefore = notBefore;
        }

        void pastDeadline() {
            result.completeExceptionally(new RunTimedOutException(
                    EngineMessages.format("call.deadline", api.label(), policy.deadline())));
        }
    }
}
