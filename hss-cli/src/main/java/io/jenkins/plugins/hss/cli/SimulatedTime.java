package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.time.Scheduler;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Simulated time, shared by the watcher and the simulator: the run's tasks execute on the
 * command's thread and the clock jumps to each. The demo paces every jump with a small,
 * proportional pause of real time, so that minutes of scanning play out as a few seconds of
 * visible progress; a test runs unpaced, an hour in milliseconds. A run still going after
 * {@code limit} of simulated time, or one whose tasks keep the scheduler busy without time
 * passing (a task that re-arms itself at once), is cancelled: the command never hangs.
 */
final class SimulatedTime implements Timeline {

    /** The demo's simulated time per unit of real time: a minute of scanning shows for half a second. */
    static final int DEMO_SPEEDUP = 120;
    /** More tasks than any run needs: a sign that one re-arms itself without end. */
    static final int MAX_TASKS = 1_000_000;
    /** Past any deadline a demo run gets (the default timeout is 2 h and 5 s per image): a guard, never the end. */
    private static final Duration DEMO_LIMIT = Duration.ofDays(1);

    private final MutableClock clock;
    private final VirtualTimeScheduler scheduler;
    private final Duration limit;

    /**
     * @param pace  what each jump of the clock costs in real time
     * @param limit how much simulated time a run may take
     */
    SimulatedTime(MutableClock clock, Consumer<Duration> pace, Duration limit) {
        this.clock = clock;
        this.limit = limit;
        this.scheduler = new VirtualTimeScheduler(clock, step -> {
            clock.advance(step);
            pace.accept(step);
        });
    }

    /** The demo's time: {@link #DEMO_SPEEDUP} times faster than real time. */
    static SimulatedTime forDemo(MutableClock clock) {
        return new SimulatedTime(clock, step -> {
            try {
                Thread.sleep(step.toMillis() / DEMO_SPEEDUP);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, DEMO_LIMIT);
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public <T> T await(CompletableFuture<T> result, Runnable cancel) throws Exception {
        int[] tasks = {0};
        scheduler.runUntil(() -> result.isDone() || ++tasks[0] > MAX_TASKS, limit);
        if (!result.isDone()) {
            cancel.run();
        }
        return Timeline.valueOf(result);
    }

    @Override
    public void close() {
        // nothing runs in the background: every task ran on the caller's thread
    }
}
