package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What an image adds for the sync and the newer APIs: the Harbor/JFrog registry it lives in (SWR
 * images need none), the instant it was pushed if HSS's copy does not have it yet (null: listed
 * from the start), the vulnerabilities marked handled on it, and the architectures of a
 * multi-arch image (its {@code association_images}; empty: a single-arch image).
 */
public record ImageDetails(String registryId, Instant pushedAt, Set<String> handledVulIds,
                           List<String> architectures) {

    public static final ImageDetails NONE = new ImageDetails(null, null, Set.of(), List.of());

    public ImageDetails {
        handledVulIds = Set.copyOf(handledVulIds);
        architectures = List.copyOf(architectures);
    }

    ImageDetails withRegistry(String value) {
        return new ImageDetails(value, pushedAt, handledVulIds, architectures);
    }

    ImageDetails withPushedAt(Instant value) {
        return new ImageDetails(registryId, value, handledVulIds, architectures);
    }

    ImageDetails withHandled(Set<String> value) {
        return new ImageDetails(registryId, pushedAt, value, architectures);
    }

    ImageDetails withArchitectures(List<String> value) {
        return new ImageDetails(registryId, pushedAt, handledVulIds, value);
    }
}
