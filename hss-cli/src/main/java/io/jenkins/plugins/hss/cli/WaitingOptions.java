package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.watch.WaitOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Whether and how long to wait: the engine's {@link WaitOptions}, unchanged where no option is given. */
final class WaitingOptions {

    @SettingsField("wait.wait_for_results")
    @Option(names = "--no-wait", description = "Trigger the scans and exit at once, without waiting or gating on results.")
    boolean noWait;

    @SettingsField("wait.timeout")
    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationText.class,
            description = "How long to wait for all scans, e.g. 30m (default: 30m).")
    Duration timeout;

    @SettingsField("wait.initial_poll_interval")
    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationText.class,
            description = "The first pause between polls; pauses double up to --max-poll-interval (default: 15s).")
    Duration pollInterval;

    @SettingsField("wait.max_poll_interval")
    @Option(names = "--max-poll-interval", paramLabel = "DURATION", converter = DurationText.class,
            description = "The longest pause between polls (default: 2m).")
    Duration maxPollInterval;

    @SettingsField("wait.start_grace_period")
    @Option(names = "--start-grace", paramLabel = "DURATION", converter = DurationText.class,
            description = "How long an image may keep its result from before the trigger before it counts as "
                    + "not started (default: 5m).")
    Duration startGrace;

    void applyTo(ScanSettingsBuilder settings) {
        WaitOptions.Builder wait = WaitOptions.defaults().toBuilder().waitForResults(!noWait);
        if (timeout != null) {
            wait.timeout(timeout);
        }
        if (pollInterval != null) {
            wait.initialPollInterval(pollInterval);
        }
        if (maxPollInterval != null) {
            wait.maxPollInterval(maxPollInterval);
        }
        if (startGrace != null) {
            wait.startGracePeriod(startGrace);
        }
        settings.waitOptions(wait.build());
    }
}
