package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Whether and how long to wait for the scans a run triggered.
 *
 * @param waitForResults      false: trigger only, do not wait or gate on results
 * @param timeout             how long to wait for all scans in total
 * @param initialPollInterval the first pause between status polls; pauses grow up to the maximum
 * @param maxPollInterval     the longest pause between polls
 * @param startGracePeriod    how long an image may stay in its pre-trigger state before the wait
 *                            treats the scan as not started
 */
public record WaitOptions(boolean waitForResults, Duration timeout, Duration initialPollInterval,
                          Duration maxPollInterval, Duration startGracePeriod) {

    public WaitOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(initialPollInterval, "initialPollInterval");
        Objects.requireNonNull(maxPollInterval, "maxPollInterval");
        Objects.requireNonNull(startGracePeriod, "startGracePeriod");
    }

    /** Wait up to 30 minutes, polling every 15 s at first and at most every 2 minutes, 5 minutes' grace. */
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

    /** Non-positive durations and an initial interval longer than the maximum. */
    public List<SettingsProblem> problems() {
        Problems problems = new Problems();
        positive(problems, "wait.timeout", timeout);
        positive(problems, "wait.initial_poll_interval", initialPollInterval);
        positive(problems, "wait.max_poll_interval", maxPollInterval);
        if (startGracePeriod.isNegative()) {
            problems.add("wait.start_grace_period", "wait.negative", startGracePeriod);
        }
        if (initialPollInterval.compareTo(maxPollInterval) > 0) {
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
        private Duration timeout = Duration.ofMinutes(30);
        private Duration initialPollInterval = Duration.ofSeconds(15);
        private Duration maxPollInterval = Duration.ofMinutes(2);
        private Duration startGracePeriod = Duration.ofMinutes(5);

        private Builder() {
        }

        public Builder waitForResults(boolean value) {
            waitForResults = value;
            return this;
        }

        public Builder timeout(Duration value) {
            timeout = value;
            return this;
        }

        public Builder initialPollInterval(Duration value) {
            initialPollInterval = value;
            return this;
        }

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
