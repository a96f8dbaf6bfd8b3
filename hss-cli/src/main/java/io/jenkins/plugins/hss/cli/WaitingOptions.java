package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.watch.WaitOptions;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Whether and how long to wait: the engine's {@link WaitOptions}, whose defaults are the options' defaults. */
final class WaitingOptions {

    private static final WaitOptions DEFAULTS = WaitOptions.defaults();

    @SettingsField("wait.wait_for_results")
    @Option(names = "--no-wait", description = "Trigger the scans and exit at once, without waiting or gating on results.")
    boolean noWait;

    @SettingsField("wait.timeout")
    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationText.class,
            description = "How long to wait for all scans, e.g. 45m. Default: ${DEFAULT-VALUE}.")
    Duration timeout = DEFAULTS.timeout();

    @SettingsField("wait.initial_poll_interval")
    @Option(names = "--poll-interval", paramLabel = "DURATION", converter = DurationText.class,
            description = "The first pause between polls; pauses double up to --max-poll-interval. "
                    + "Default: ${DEFAULT-VALUE}.")
    Duration pollInterval = DEFAULTS.initialPollInterval();

    @SettingsField("wait.max_poll_interval")
    @Option(names = "--max-poll-interval", paramLabel = "DURATION", converter = DurationText.class,
            description = "The longest pause between polls. Default: ${DEFAULT-VALUE}.")
    Duration maxPollInterval = DEFAULTS.maxPollInterval();

    @SettingsField("wait.start_grace_period")
    @Option(names = "--start-grace", paramLabel = "DURATION", converter = DurationText.class,
            description = "How long an image may keep its result from before the trigger before it counts as "
                    + "not started. Default: ${DEFAULT-VALUE}.")
    Duration startGrace = DEFAULTS.startGracePeriod();

    void applyTo(ScanSettingsBuilder settings) {
        settings.waitOptions(WaitOptions.builder().waitForResults(!noWait).timeout(timeout)
                .initialPollInterval(pollInterval).maxPollInterval(maxPollInterval).startGracePeriod(startGrace)
                .build());
    }
}
