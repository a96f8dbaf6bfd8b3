package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.watch.WaitOptions;
import java.time.Duration;

/**
 * The scan a benchmarked build asks our engine for: the default gate and poll intervals (15 s
 * doubling to 2 minutes) and the default timeout (30 minutes) unless a longer one is asked for,
 * to learn how long a run that the default times out needs.
 */
final class BenchSettings {

    static final Duration DEFAULT_TIMEOUT = WaitOptions.defaults().timeout();

    private BenchSettings() {
    }

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
