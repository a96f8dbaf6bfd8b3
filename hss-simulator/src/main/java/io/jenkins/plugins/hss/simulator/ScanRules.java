package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * The timing and rules of every scan in a scenario. A scan triggered at T shows the image's
 * previous result until T+startDelay (the stale window), then {@code waiting_for_scan} for
 * waitingDuration (zero by default: not modelled), then {@code scanning} for scanDuration, then
 * its outcome. An image larger than sizeLimit bytes always ends {@code image_oversized}.
 */
public record ScanRules(
        Duration startDelay,
        Duration waitingDuration,
        Duration scanDuration,
        long sizeLimit,
        NameMatching nameMatching) {

    public static final long DEFAULT_SIZE_LIMIT = 2L * 1024 * 1024 * 1024;

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
    }

    public ScanRules withStartDelay(Duration value) {
        return new ScanRules(value, waitingDuration, scanDuration, sizeLimit, nameMatching);
    }

    public ScanRules withWaitingDuration(Duration value) {
        return new ScanRules(startDelay, value, scanDuration, sizeLimit, nameMatching);
    }

    public ScanRules withScanDuration(Duration value) {
        return new ScanRules(startDelay, waitingDuration, value, sizeLimit, nameMatching);
    }

    public ScanRules withSizeLimit(long value) {
        return new ScanRules(startDelay, waitingDuration, scanDuration, value, nameMatching);
    }

    public ScanRules withNameMatching(NameMatching value) {
        return new ScanRules(startDelay, waitingDuration, scanDuration, sizeLimit, value);
    }

    private static void requireNotNegative(Duration value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isNegative()) {
            throw new IllegalArgumentException(name + " cannot be negative");
        }
    }
}
