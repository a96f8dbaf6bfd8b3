package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.Semaphore;

/**
 * Simulated time for scripts written the way their authors write them, top to bottom with sleeps.
 * Each script runs on a thread of its own but only one runs at a time: a sleep hands the turn back
 * and the clock jumps to the next wake-up instead of waiting. Scripts that wake at the same
 * instant take turns in the order they went to sleep, so every run is the same.
 */
final class ScriptClock {

    /** A script's body; it reads the time from the simulator's clock and waits with {@link #sleepUntil}. */
    interface Script {
        void run(ScriptClock time);
    }

    private final MutableClock clock;
    private final PriorityQueue<Wake> wakes =
            new PriorityQueue<>(Comparator.comparing(Wake::at).thenComparingLong(Wake::sequence));
    private final Semaphore turnOver = new Semaphore(0);
    private long sequence;
    private volatile Throwable failure;

    private record Wake(Instant at, long sequence, Semaphore turn) {
    }

    /** Thrown into a script whose run was abandoned, to end its thread. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super("the run was abandoned", null, false, false);
        }
    }

    ScriptClock(MutableClock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    void sleep(Duration duration) {
        sleepUntil(now().plus(duration));
    }

    /** Gives the turn to the scripts due before {@code at}; returns at {@code at} (or now, if later). */
    void sleepUntil(Instant at) {
        Semaphore turn = enqueue(at);
        turnOver.release();
        try {
            turn.acquire();
        } catch (InterruptedException e) {
            throw new Abandoned();
        }
    }

    /**
     * Runs every script to its end.
     *
     * @return false when some script was still waiting {@code giveUpAfter} from now
     */
    boolean run(List<? extends Script> scripts, Duration giveUpAfter) {
        Instant end = now().plus(giveUpAfter);
        List<Thread> threads = new ArrayList<>();
        for (Script script : scripts) {
            Semaphore turn = enqueue(now());
            Thread thread = new Thread(() -> body(script, turn), "script-" + threads.size());
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        try {
            while (true) {
                Wake next = next();
                if (next == null) {
                    return true;
                }
                if (next.at().isAfter(end)) {
                    return false;
                }
                if (next.at().isAfter(now())) {
                    clock.set(next.at());
                }
                next.turn().release();
                turnOver.acquireUninterruptibly();
                if (failure != null) {
                    throw new IllegalStateException("a script failed: " + failure, failure);
                }
            }
        } finally {
            threads.forEach(Thread::interrupt);
        }
    }

    private void body(Script script, Semaphore turn) {
        try {
            turn.acquire();
            script.run(this);
        } catch (InterruptedException | Abandoned e) {
            return;
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        turnOver.release();
    }

    private synchronized Semaphore enqueue(Instant at) {
        Semaphore turn = new Semaphore(0);
        wakes.add(new Wake(at.isBefore(now()) ? now() : at, sequence++, turn));
        return turn;
    }

    private synchronized Wake next() {
        return wakes.poll();
    }
}
