package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The account's scanners: at most {@code slots} scans run at once (0: no limit), the others wait
 * ({@code waiting_for_scan}) in the order they were triggered, and each takes the next slot that
 * frees. Since a scan's length is known when it is triggered and triggers come in time order, its
 * start can be fixed at once: nothing runs in the background. Remembers every scan it placed, for
 * tests and benchmarks that need to know when the scans really ended.
 */
final class ScanQueue {

    private final int slots;
    /** When each busy slot frees; at most {@link #slots} entries. */
    private final PriorityQueue<Instant> busyUntil = new PriorityQueue<>();
    private final List<TriggeredScan> placed = new ArrayList<>();

    ScanQueue(int slots) {
        this.slots = slots;
    }

    /**
     * Places a scan that could start at {@code ready} and runs for {@code length}.
     *
     * @return when it starts
     */
    synchronized Instant place(ImageRef image, Instant triggeredAt, Instant ready, Duration length) {
        Instant start = ready;
        if (slots > 0 && busyUntil.size() == slots) {
            Instant free = busyUntil.poll();
            start = free.isAfter(ready) ? free : ready;
        }
        if (slots > 0) {
            busyUntil.add(start.plus(length));
        }
        placed.add(new TriggeredScan(image, triggeredAt, start, start.plus(length)));
        return start;
    }

    synchronized List<TriggeredScan> placed() {
        return List.copyOf(placed);
    }
}
