package io.jenkins.plugins.hss.core.model;

import java.util.Locale;

/** Whether a threshold counts findings of each image on its own or of all images together. */
public enum ThresholdScope {
    PER_IMAGE,
    TOTAL;

    /** The prefix of the text form: {@code per_image}, {@code total}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
