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
 * run that the default times out needs.
 */
final class BenchSettings {

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
    static ScanSettings of(BuildPlan plan, Duration timeout) {
        ScanSettingsBuilder builder = ScanSettings.builder().imageType(ImageType.PRIVATE_IMAGE)
                .projectId(plan.projectId()).waitOptions(WaitOptions.builder().timeout(timeout).build());
        if (plan.operateAll()) {
            return builder.operateAll(true).build();
        }
        return builder.images(plan.images().stream().map(ref -> ImageRef.of(ref.namespace(), ref.name(), ref.tag()))
                .toList()).build();
    }
}
