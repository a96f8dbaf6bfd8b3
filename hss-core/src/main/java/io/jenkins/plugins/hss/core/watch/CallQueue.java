package io.jenkins.plugins.hss.core.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The calls waiting for one API's budget, made one at a time, each as soon as the budget admits
 * it. Every caller in the process (polls, triggers, vulnerability pages of all builds on one
 * credential) queues here, so together they stay under the rate instead of meeting a 429. A 429
 * that still happens (another client on the same account) pauses the whole queue and puts the
 * call back at its head: a throttled call was not executed, so repeating it is safe.
 */
final class CallQueue {

    /**
     * A throttled call goes back to the queue this many times before its caller sees the 429:
     * some twenty minutes of a throttled account at one window a pause. Patience costs no thread
     * here, and the faces' clients leave every 429 to this queue (they do not retry it themselves).
     */
    static final int MAX_THROTTLED_ATTEMPTS = 20;

    private final Api api;
    private final RateBudget budget;
    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration defaultPause;
    private final Consumer<Throttling> onThrottled;
    private final Deque<Pending<?>> queue = new ArrayDeque<>();
    private Cancellable armed;
    private boolean running;
    private int made;

    CallQueue(Api api, RateBudget budget, Scheduler scheduler, Clock clock, Consumer<Throttling> onThrottled) {
        this.api = Objects.requireNonNull(api, "api");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultPause = budget.limit().per();
        this.onThrottled = Objects.requireNonNull(onThrottled, "onThrottled");
    }

    /** Queues a call; cancelling the returned future before its turn means it is never sent. */
    <T> CompletableFuture<T> submit(ApiCall<T> call) {
        Pending<T> pending = new Pending<>(call, new CompletableFuture<>());
        synchronized (this) {
            queue.addLast(pending);
        }
        arm();
        return pending.result;
    }

    /** How many calls this queue has sent. */
    synchronized int callsMade() {
        return made;
    }

    /** Nothing queued, nothing running, and no call in the budget's window: forgetting this queue is safe. */
    synchronized boolean isIdle() {
        queue.removeIf(p -> p.result.isDone());
        return queue.isEmpty() && !running && budget.isQuiet();
    }

    private synchronized void arm() {
        queue.removeIf(p -> p.result.isDone());
        if (armed != null || running || queue.isEmpty()) {
            return;
        }
        Duration wait = Duration.between(clock.instant(), budget.nextSlot());
        armed = scheduler.schedule(this::runNext, wait);
    }

    private void runNext() {
        Pending<?> next;
        synchronized (this) {
            armed = null;
            queue.removeIf(p -> p.result.isDone());
            // Taking the slot records the call at once: a ledger shared with other processes
            // never gives the same slot twice.
            if (queue.isEmpty() || !budget.tryTake()) {
                next = null;
            } else {
                next = queue.pollFirst();
                made++;
                running = true;
            }
        }
        if (next != null) {
            run(next);
        }
        arm();
    }

    private <T> void run(Pending<T> pending) {
        try {
            T value = pending.call.call();
            finish(() -> pending.result.complete(value));
        } catch (Exception e) {
            Duration pause = ThrottleSignal.pauseFor(e, defaultPause).orElse(null);
            if (pause != null && ++pending.throttled < MAX_THROTTLED_ATTEMPTS) {
                Instant until = clock.instant().plus(pause);
                budget.pauseUntil(until);
                synchronized (this) {
                    queue.addFirst(pending);
                    running = false;
                }
                onThrottled.accept(new Throttling(api, until));
            } else {
                finish(() -> pending.result.completeExceptionally(e));
            }
        }
    }

    private void finish(Runnable completion) {
        synchronized (this) {
            running = false;
        }
        completion.run();
    }

    /** A 429 seen by the queue of {@code api}: no call of it before {@code until}. */
    record Throttling(Api api, Instant until) {
    }

    private static final class Pending<T> {
        final ApiCall<T> call;
        final CompletableFuture<T> result;
        int throttled;

        Pending(ApiCall<T> call, CompletableFuture<T> result) {
            this.call = call;
            this.result = result;
        }
    }
}
