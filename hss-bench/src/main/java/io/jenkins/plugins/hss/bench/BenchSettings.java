package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.watch.WaitOptions;
import java.time.Duration;
import java.util.List;

/**
 * The scan a benchmarked build asks for: the default gate and poll intervals (15 s doubling to
 * 2 minutes), with a timeout long enough for 100,000 images at 5 list calls a minute, so that
 * every run ends with a verdict rather than a timeout.
 */
final class BenchSettings {

    private static final WaitOptions WAIT = WaitOptions.builder().timeout(Duration.ofDays(1)).build();

    private BenchSettings() {
    }

    /** These images, named in {@code image_info_list}. */
    static ScanSettings imageList(List<io.jenkins.plugins.hss.simulator.ImageRef> images, String projectId) {
        List<ImageRef> refs = images.stream().map(ref -> ImageRef.of(ref.namespace(), ref.name(), ref.tag())).toList();
        return ScanSettings.builder().images(refs).imageType(ImageType.PRIVATE_IMAGE).projectId(projectId)
                .waitOptions(WAIT).build();
    }

    /** Every private image of the project, through {@code operate_all}. */
    static ScanSettings everyPrivateImage(String projectId) {
        return ScanSettings.builder().operateAll(true).imageType(ImageType.PRIVATE_IMAGE).projectId(projectId)
                .waitOptions(WAIT).build();
    }
}
