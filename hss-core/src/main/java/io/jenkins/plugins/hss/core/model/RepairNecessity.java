package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The urgency of fixing a vulnerability ({@code repair_necessity}): the only severity HSS gives
 * for image vulnerabilities, from most to least urgent.
 */
public enum RepairNecessity {
    /** High: fix as soon as possible. */
    IMMEDIATE_REPAIR("immediate_repair"),
    /** Medium: fix later. */
    DELAY_REPAIR("delay_repair"),
    /** Low: no fix needed for now. */
    NOT_NEEDED_REPAIR("not_needed_repair");

    private final String wireName;

    RepairNecessity(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<RepairNecessity> fromWire(String value) {
        return Arrays.stream(values()).filter(r -> r.wireName.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
