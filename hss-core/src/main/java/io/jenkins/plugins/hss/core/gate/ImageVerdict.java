package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.Outcome;
import java.util.Objects;

/**
 * The gate's decision for one image.
 *
 * @param reason why the outcome is not SUCCESS, in one line; null for SUCCESS
 */
public record ImageVerdict(ImageResult image, Outcome outcome, String reason) {

    public ImageVerdict {
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(outcome, "outcome");
    }
}
