package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import java.time.Duration;

/**
 * The scan a benchmarked build asks our engine for: the default gate, poll interval and timeout
 * (which grows with the build's targets) unless a longer timeout is asked for, to learn how long a
 * run that the default times out needs, or the competent script's pace of polls.
 */
final class BenchSettings {

    /**
     * How often our engine polls. The default spends 4 of HSS's 5 list calls a minute for a verdict
     * within seconds of the last scan's end; at the script's pace it makes the script's trade (half
     * the polls, a verdict up to a round later), to show the calls are a choice of pace, not waste.
     */
    enum Pace {
        /** The default poll interval, unchanged. */
        DEFAULT(null),
        /**
         * The competent script's rounds, as a user would ask for them: the first poll one round
         * after the trigger and every round after it, never backing off.
         */
        SCRIPT(CompetentSdkScript.ROUND);

        /** Null: the default. */
        final Duration interval;

        Pace(Duration interval) {
            this.interval = interval;
        }
    }

    private BenchSettings() {
    }

    /** The timeout a build of {@code targets} images gets by default. */
    static Duration defaultTimeout(int targets) {
        return WaitOptions.defaults().timeoutFor(targets);
    }

    /** The default timeout's rule, as the tables say it. */
    static String defaultTimeoutRule() {
        return ResultTable.time(WaitOptions.DEFAULT_TIMEOUT_BASE.toMillis()) + " + "
                + ResultTable.time(WaitOptions.DEFAULT_TIMEOUT_PER_TARGET.toMillis()) + " per target";
    }

    /** @param timeout null for the default */
    static ScanSettings of(BuildPlan plan, Duration timeout, Pace pace) {
        WaitOptions.Builder wait = WaitOptions.builder().timeout(timeout);
        if (pace.interval != null) {
            wait.initialPollInterval(pace.interval).maxPollInterval(pace.interval);
        }
        ScanSettingsBuilder builder = ScanSettings.builder().imageType(ImageType.PRIVATE_IMAGE)
                .projectId(plan.projectId()).waitOptions(wait.build());
        if (plan.operateAll()) {
            return builder.operateAll(true).build();
        }
        return builder.images(plan.images().stream().map(ref -> ImageRef.of(ref.namespace(), ref.name(), ref.tag()))
                .toList()).build();
    }
}
