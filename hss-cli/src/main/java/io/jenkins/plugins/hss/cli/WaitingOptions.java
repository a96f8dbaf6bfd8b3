package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.ScanFields;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import picocli.CommandLine.Option;

/**
 * Whether and how long to wait: the engine's {@link WaitOptions}, whose defaults are the options'
 * defaults. Durations go to the engine as text, so that an unreadable one is reported with every
 * other problem of the settings.
 */
final class WaitingOptions {

    private static final WaitOptions DEFAULTS = WaitOptions.defaults();

    @SettingsField("wait.wait_for_results")
    @Option(names = "--no-wait", description = "Trigger the scans and exit at once, without waiting or gating on results.")
    boolean noWait;

    @SettingsField("wait.timeout")
    @Option(names = "--timeout", paramLabel = "DURATION",
            description = "How long to wait for all scans, from the start, e.g. 45m. Default: 2 hours plus 5 s "
                    + "per image (docs/watching.md).")
    String timeout;

    @SettingsField("wait.initial_poll_interval")
    @Option(names = "--poll-interval", paramLabel = "DURATION",
            description = "The pause between polls, as far as the call budget allows; with --max-poll-interval, "
                    + "the first pause, doubling up to it. Default: ${DEFAULT-VALUE}.")
    String pollInterval = DEFAULTS.initialPollInterval().toString();

    @SettingsField("wait.max_poll_interval")
    @Option(names = "--max-poll-interval", paramLabel = "DURATION",
            description = "Back off: the longest pause between polls. Default: none, every pause is "
                    + "--poll-interval.")
    String maxPollInterval;

    @SettingsField("wait.start_grace_period")
    @Option(names = "--start-grace", paramLabel = "DURATION",
            description = "How long an image may keep its result from before the trigger before it counts as "
                    + "not started. Default: ${DEFAULT-VALUE}.")
    String startGrace = DEFAULTS.startGracePeriod().toString();

    /** Whether the user gave {@code --timeout}, instead of the default that grows with the targets. */
    boolean setsTimeout() {
        return timeout != null;
    }

    void putTo(ScanFields.Builder fields) {
        fields.put("wait.wait_for_results", !noWait).put("wait.timeout", timeout)
                .put("wait.initial_poll_interval", pollInterval).put("wait.max_poll_interval", maxPollInterval)
                .put("wait.start_grace_period", startGrace);
    }
}
