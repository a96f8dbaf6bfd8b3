package io.jenkins.plugins.hss.simulator;

import java.time.Clock;

/**
 * Images pushed to a registry while the simulation runs: in the registry from the push (now, or
 * the instant the image names), in HSS's lists only after a sync that starts at or after it.
 */
final class ImagePushes {

    private final ImageCatalog catalog;
    private final Registries registries;
    private final Clock clock;

    ImagePushes(ImageCatalog catalog, Registries registries, Clock clock) {
        this.catalog = catalog;
        this.registries = registries;
        this.clock = clock;
    }

    ImageRecord push(ScenarioImage image) {
        registries.requireRegistry(image);
        return catalog.push(image.details().pushedAt() == null ? image.withPushedAt(clock.instant()) : image);
    }
}
