package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.ImageType;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.ScanRules;
import io.jenkins.plugins.hss.simulator.ScenarioImage;
import java.time.Instant;
import java.util.List;

/**
 * An account holding exactly the images a benchmark scans: the simulator's generated variety
 * (several namespaces, previous scans, failures, oversized images, findings) restricted to
 * private images, so that N targets are N images and the lower bound is exact.
 */
final class BenchScenario {

    private static final long SEED = 7;

    private final Scenario scenario;

    private BenchScenario(Scenario scenario) {
        this.scenario = scenario;
    }

    /** {@code count} private images whose previous scans lie before {@code now}; every scan takes 10 s + 60 s. */
    static BenchScenario privateImages(int count, Instant now) {
        return privateImages(count, now, ScanRules.DEFAULT);
    }

    /** {@code count} private images whose previous scans lie before {@code now}, scanned by {@code rules}. */
    static BenchScenario privateImages(int count, Instant now, ScanRules rules) {
        // About one generated image in ten is shared; a quarter more covers them.
        List<ScenarioImage> images = Scenario.generated(count + count / 4 + 10, SEED, now).images().stream()
                .filter(image -> image.type() == ImageType.PRIVATE_IMAGE)
                .limit(count)
                .toList();
        if (images.size() < count) {
            throw new IllegalStateException("the generator gave only " + images.size() + " private images");
        }
        Scenario.Builder builder = Scenario.builder().rules(rules);
        images.forEach(builder::image);
        return new BenchScenario(builder.build());
    }

    Scenario scenario() {
        return scenario;
    }

    List<ImageRef> refs() {
        return scenario.images().stream().map(ScenarioImage::ref).toList();
    }

    int size() {
        return scenario.images().size();
    }
}
