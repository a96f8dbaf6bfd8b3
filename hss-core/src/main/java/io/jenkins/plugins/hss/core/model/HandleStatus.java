package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a vulnerability of an image is marked handled in HSS: the {@code handle_status} filter
 * of ListImageVulnerabilities (SDK 3.1.212). The rows do not say it (its {@code ImageVulInfo} has
 * no such field), so a list filtered on it is the only way to count either kind.
 */
public enum HandleStatus {
    UNHANDLED("unhandled"),
    HANDLED("handled");

    private final String wireName;

    HandleStatus(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    @Override
    public String toString() {
        return wireName;
    }
}
