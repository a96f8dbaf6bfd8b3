package io.jenkins.plugins.hss.core.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a scan means for the build, from best to worst. */
public enum Outcome {
    SUCCESS,
    UNSTABLE,
    FAILURE;

    /** The more severe of this and {@code other}. */
    public Outcome worst(Outcome other) {
        return other.compareTo(this) > 0 ? other : this;
    }

    /** The name users write: {@code success}, {@code unstable}, {@code failure}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a name users write, in any case; empty when it is none of them. */
    public static Optional<Outcome> fromKey(String text) {
        return Arrays.stream(values()).filter(o -> o.key().equalsIgnoreCase(text == null ? "" : text.strip())).findFirst();
    }
}
