package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing and rules of every scan in a scenario. A scan triggered at T shows the image's
 * previous result until T+startDelay (the stale window), then {@code waiting_for_scan} for
 * waitingDuration (zero by default) and for as long as all of the account's concurrentScans
 * scanners are busy (0, the default: no limit), then {@code scanning} for its scan time, then its
 * outcome. The scan time is the image's own if it has one, else drawn from scanTimes if set
 * (null by default), else scanDuration. An image larger than sizeLimit bytes always ends
 * {@code image_oversized}; it is refused before it is read, so a drawn scan time counts none of
 * its bytes.
 */
public record ScanRules(
        Duration startDelay,
        Duration waitingDuration,
        Duration scanDuration,
        long sizeLimit,
        NameMatching nameMatching,
        ScanTimes scanTimes,
        int concurrentScans) {

    public static final long DEFAULT_SIZE_LIMIT = 2L * 1024 * 1024 * 1024;

    /**
     * Scans HSS runs at once for one account in {@link #realistic}. Huawei publishes no such
     * figure for HSS. SWR Enterprise Edition, whose scans HSS performs, runs at most 10 at once per
     * instance; HSS's newer scan-task API lets a user cap a task at up to 1,000 images an hour,
     * which would mean nothing if the service could not go faster. 10 at once would be about 180
     * images an hour at {@link ScanTimes#realistic}'s mean; 100 is about 1,800, twice the highest
     * cap a user can set.
     */
    public static final int REALISTIC_CONCURRENT_SCANS = 100;

    public static final ScanRules DEFAULT = new ScanRules(
            Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(60), DEFAULT_SIZE_LIMIT, NameMatching.FUZZY);

    public ScanRules {
        requireNotNegative(startDelay, "startDelay");
        requireNotNegative(waitingDuration, "waitingDuration");
        requireNotNegative(scanDuration, "scanDuration");
        Objects.requireNonNull(nameMatching, "nameMatching");
        if (sizeLimit <= 0) {
            throw new IllegalArgumentException("sizeLimit must be positive");
        }
        if (concurrentScans < 0) {
            throw new IllegalArgumentException("concurrentScans cannot be negative (0: no limit)");
        }
    }

    /** Every scan takes scanDuration and all run at once. */
    public ScanRules(Duration startDelay, Duration waitingDuration, Duration scanDuration, long sizeLimit,
                     NameMatching nameMatching) {
        this(startDelay, waitingDuration, scanDuration, sizeLimit, nameMatching, null, 0);
    }

    /**
     * The default rules with scan times of {@link ScanTimes#realistic(long) seed}'s draw and
     * {@value #REALISTIC_CONCURRENT_SCANS} scans at once.
     */
    public static ScanRules realistic(long seed) {
        return DEFAULT.withScanTimes(ScanTimes.realistic(seed)).withConcurrentScans(REALISTIC_CONCURRENT_SCANS);
    }

    public ScanRules withStartDelay(Duration value) {
        return new ScanRules(value, waitingDuration, scanDuration, sizeLimit, nameMatching, scanTimes, concurrentScans);
    }

    public ScanRules withWaitingDuration(Duration value) {
        return new ScanRules(startDelay, value, scanDuration, sizeLimit, nameMatching, scanTimes, concurrentScans);
    }

    public ScanRules withScanDuration(Duration value) {
        return new ScanRules(startDelay, waitingDuration, value, sizeLimit, nameMatching, scanTimes, concurrentScans);
    }

    public ScanRules withSizeLimit(long value) {
        return new ScanRules(startDelay, waitingDuration, scanDuration, value, nameMatching, scanTimes, concurrentScans);
    }

    public ScanRules withNameMatching(NameMatching value) {
        return new ScanRules(startDelay, waitingDuration, scanDuration, sizeLimit, value, scanTimes, concurrentScans);
    }

    /** @param value null: every scan takes scanDuration */
    public ScanRules withScanTimes(ScanTimes value) {
        return new ScanRules(startDelay, waitingDuration, scanDuration, sizeLimit, nameMatching, value, concurrentScans);
    }

    /** @param value 0: no limit */
    public ScanRules withConcurrentScans(int value) {
        return new ScanRules(startDelay, waitingDuration, scanDuration, sizeLimit, nameMatching, scanTimes, value);
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
    }
}
