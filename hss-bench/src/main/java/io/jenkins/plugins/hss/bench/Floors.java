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
     * 1 trigger, and a full listing of the targets ({@code ⌈N / 200⌉} pages) for each of
     * {@code listings}: every poll, plus the one before the trigger that records each image's
     * previous scan time, without which a previous result cannot be told from this run's.
     */
    static long requests(int images, int listings) {
        return 1 + pages(images) * (long) listings;
    }

    static long pages(int images) {
        return (images + PAGE_SIZE - 1) / PAGE_SIZE;
    }

    /**
     * The naive script's requests: 1 trigger, then one list call per image in every round until
     * its scan has ended, i.e. ⌈scan time / interval⌉ rounds when all scans run at once.
     */
    static long naiveRequests(int images) {
        return 1 + images * naiveRounds();
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
