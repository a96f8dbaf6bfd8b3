package io.jenkins.plugins.hss.core.model;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Whether and how long to wait for the scans a run triggered.
 *
 * @param waitForResults      false: trigger only, do not wait or gate on results
 * @param timeout             how long to wait for all scans in total, from the run's start; null
 *                            for the default, which grows with the number of targets
 *                            ({@link #timeoutFor(int)})
 * @param initialPollInterval the first pause between status polls; pauses grow up to the maximum
 * @param maxPollInterval     the longest pause between polls; null for the initial one (polls keep
 *                            one pace, as fast as the budget allows)
 * @param startGracePeriod    how long an image may stay in its pre-trigger state before the wait
 *                            treats the scan as not started
 */
public record WaitOptions(boolean waitForResults, Duration timeout, Duration initialPollInterval,
                          Duration maxPollInterval, Duration startGracePeriod) {

    /**
     * The default timeout of a run of one image. HSS's scans are slow and spread, and an
     * account's scans wait their turn: on the benchmark's realistic scans one image in a hundred
     * takes more than 20 minutes, one in a thousand more than an hour, and a build of 5 images
     * among 200 concurrent builds waited up to an hour and a half for HSS's scanners.
     */
    public static final Duration DEFAULT_TIMEOUT_BASE = Duration.ofHours(2);
    /**
     * What the default timeout adds per target: HSS scans a limited number of images at once, so
     * a long list waits its turn. 5 s a target is 720 an hour, well below the benchmark's pace of
     * about 1,800 an hour (100 at once): 1,000 images get 3 h 23 min, 100,000 six days.
     */
    public static final Duration DEFAULT_TIMEOUT_PER_TARGET = Duration.ofSeconds(5);
    /** The default pause between polls: 4 calls a minute, what polls may spend of HSS's 5. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(15);

    public WaitOptions {
        Objects.requireNonNull(initialPollInterval, "initialPollInterval");
        Objects.requireNonNull(startGracePeriod, "startGracePeriod");
    }

    /**
     * A timeout that grows with the targets ({@link #timeoutFor(int)}), a poll every 15 s for as
     * long as the budget allows, 5 minutes' grace.
     */
    public static WaitOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().waitForResults(waitForResults).timeout(timeout).initialPollInterval(initialPollInterval)
                .maxPollInterval(maxPollInterval).startGracePeriod(startGracePeriod);
    }

    /**
     * How long a run of {@code targets} images waits: the timeout set, else
     * {@link #DEFAULT_TIMEOUT_BASE} plus {@link #DEFAULT_TIMEOUT_PER_TARGET} per target.
     */
    public Duration timeoutFor(int targets) {
        return timeout != null ? timeout
                : DEFAULT_TIMEOUT_BASE.plus(DEFAULT_TIMEOUT_PER_TARGET.multipliedBy(Math.max(0, targets)));
    }

    /** The longest pause between polls: the one set, else the initial one. */
    public Duration longestPollInterval() {
        return maxPollInterval != null ? maxPollInterval : initialPollInterval;
    }

    /** Non-positive durations and an initial interval longer than the maximum. */
    public List<SettingsProblem> problems() {
        Problems problems = new Problems();
        if (timeout != null) {
            positive(problems, "wait.timeout", timeout);
        }
        positive(problems, "wait.initial_poll_interval", initialPollInterval);
        if (maxPollInterval != null) {
            positive(problems, "wait.max_poll_interval", maxPollInterval);
        }
        if (startGracePeriod.isNegative()) {
            problems.add("wait.start_grace_period", "wait.negative", startGracePeriod);
        }
        if (maxPollInterval != null && initialPollInterval.compareTo(maxPollInterval) > 0) {
            problems.add("wait.initial_poll_interval", "wait.order", initialPollInterval, maxPollInterval);
        }
        return problems.list();
    }

    private static void positive(Problems problems, String field, Duration value) {
        if (value.isNegative() || value.isZero()) {
            problems.add(field, "wait.positive", value);
        }
    }

    public static final class Builder {
        private boolean waitForResults = true;
        private Duration timeout;
        private Duration initialPollInterval = DEFAULT_POLL_INTERVAL;
        private Duration maxPollInterval;
        private Duration startGracePeriod = Duration.ofMinutes(5);

        private Builder() {
        }

        public Builder waitForResults(boolean value) {
            waitForResults = value;
            return this;
        }

        /** @param value null for the default, which grows with the targets */
        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder initialPollInterval(Duration value) {
            initialPollInterval = value;
            return this;
        }

        /** @param value null for the initial interval: no backing off */
        public Builder maxPollInterval(Duration value) {
            maxPollInterval = value;
            return this;
        }

        public Builder startGracePeriod(Duration value) {
            startGracePeriod = value;
            return this;
        }

        public WaitOptions build() {
            return new WaitOptions(waitForResults, timeout, initialPollInterval, maxPollInterval, startGracePeriod);
        }
    }
}
