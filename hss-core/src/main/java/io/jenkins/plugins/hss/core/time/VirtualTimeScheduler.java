package io.jenkins.plugins.hss.core.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A {@link Scheduler} on simulated time: tasks run on the thread that calls {@link #runUntil},
 * which moves a settable clock straight to the next task instead of waiting. Tests, the benchmark
 * and the CLI demo run the watcher this way against the simulator, so minutes of polling take
 * milliseconds and every run is reproducible.
 */
public final class VirtualTimeScheduler implements Scheduler {

    private final Clock clock;
    private final Consumer<Duration> advance;
    private final PriorityQueue<Entry> queue =
            new PriorityQueue<>(Comparator.comparing(Entry::due).thenComparingLong(Entry::sequence));
    private long sequence;

    /**
     * @param clock   the simulated clock the watcher reads
     * @param advance moves that clock forward, e.g. {@code mutableClock::advance}
     */
    public VirtualTimeScheduler(Clock clock, Consumer<Duration> advance) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.advance = Objects.requireNonNull(advance, "advance");
    }

    @Override
    public synchronized Cancellable schedule(Runnable task, Duration delay) {
        Instant due = clock.instant().plus(delay.isNegative() ? Duration.ZERO : delay);
        Entry entry = new Entry(due, sequence++, task);
        queue.add(entry);
        return () -> remove(entry);
    }

    private synchronized void remove(Entry entry) {
        queue.remove(entry);
    }

    /**
     * Runs tasks in time order, advancing the clock to each, until {@code done} holds, nothing is
     * scheduled any more, or the next task lies beyond {@code limit} from now.
     *
     * @return whether {@code done} holds
     */
    public boolean runUntil(BooleanSupplier done, Duration limit) {
        Instant end = clock.instant().plus(limit);
        while (!done.getAsBoolean()) {
            Entry next = poll(end);
            if (next == null) {
                return done.getAsBoolean();
            }
            Duration wait = Duration.between(clock.instant(), next.due());
            if (!wait.isNegative() && !wait.isZero()) {
                advance.accept(wait);
            }
            next.task().run();
        }
        return true;
    }

    /** How many tasks are waiting to run. */
    public synchronized int pending() {
        return queue.size();
    }

    private synchronized Entry poll(Instant end) {
        Entry next = queue.peek();
        return next == null || next.due().isAfter(end) ? null : queue.poll();
    }

    private record Entry(Instant due, long sequence, Runnable task) {
    }
}
