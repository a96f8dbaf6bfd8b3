package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.watch.CallBudget;
import io.jenkins.plugins.hss.core.watch.RateLimit;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.time.Duration;

/**
 * What no client can beat, and what the naive way costs by its own rule, on the simulator's
 * default scans (each ends {@link #SCAN_TIME} after its trigger).
 */
final class Floors {

    /** From trigger to result: the stale window, then the scan. */
    static final Duration SCAN_TIME = ScanRules.DEFAULT.startDelay().plus(ScanRules.DEFAULT.waitingDuration())
            .plus(ScanRules.DEFAULT.scanDuration());
    static final int PAGE_SIZE = CallBudget.MAX_PAGE_SIZE;
    static final RateLimit LIMIT = RateLimit.HSS_PER_USER;

    private Floors() {
    }

    /**
     * The floor for an image list: 1 trigger and a full listing of the targets
     * ({@code ⌈N / 200⌉} pages) in each of the engine's {@code polls}.
     */
    static long requests(int images, int polls) {
        return 1 + pages(images) * (long) polls;
    }

    /**
     * The floor of an {@code operate_all} run, whose polls list only the scans that ended: 1
     * trigger, every image read once after its scan ended ({@code ⌈N / 200⌉} pages), and one call
     * for each of the engine's other polls, the least a poll costs. Below the issue's
     * {@code 1 + ⌈N / 200⌉ × polls}, which holds it to a full listing in every poll.
     */
    static long selectionRequests(int images, int polls) {
        return 1 + pages(images) + Math.max(0, polls - 1);
    }

    static long pages(int images) {
        return (images + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /**
     * The naive script's requests: 1 trigger, then one list call per image in every round until
     * its scan has ended, i.e. ⌈scan time / interval⌉ rounds when all scans run at once.
     */
    static long naiveRequests(int images) {
        return naiveRequests(images, Duration.ZERO);
    }

    /**
     * The naive script's requests when the scans end one after the other over {@code endingOver}
     * ({@link BenchScenario#privateImages(int, java.time.Instant, Duration)}): each image is asked
     * for in every round until its own scan ended.
     */
    static long naiveRequests(int images, Duration endingOver) {
        long interval = NaiveSdkScript.INTERVAL.toMillis();
        long total = 1;
        for (int i = 0; i < images; i++) {
            long scan = SCAN_TIME.plus(endingOver.multipliedBy(i).dividedBy(images)).toMillis();
            total += (scan + interval - 1) / interval;
        }
        return total;
    }

    static long naiveRounds() {
        long interval = NaiveSdkScript.INTERVAL.toMillis();
        return (SCAN_TIME.toMillis() + interval - 1) / interval;
    }

    /**
     * Time to all verdicts of {@code builds} builds of at most 200 images in all, on one credential:
     * each needs its own trigger, and the limit admits 5 batch-scan calls a minute, so the
     * last trigger goes out ⌈B / 5⌉ − 1 windows after the first; its scans take the scan time, and
     * one list call (on the list API's separate budget) then sees them done.
     */
    static Duration timeToAllVerdicts(int builds) {
        long windows = (builds + LIMIT.calls() - 1) / LIMIT.calls() - 1;
        return LIMIT.per().multipliedBy(windows).plus(SCAN_TIME);
    }

    /** The time a listing of {@code images} takes at the limit: after the first 5 pages, one per 12 s. */
    static Duration listingTime(int images) {
        long waits = Math.max(0, pages(images) - LIMIT.calls());
        return LIMIT.per().dividedBy(LIMIT.calls()).multipliedBy(waits);
    }
}
