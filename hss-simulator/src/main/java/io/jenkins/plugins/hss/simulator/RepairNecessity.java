package io.jenkins.plugins.hss.simulator;

import java.util.Arrays;
import java.util.Optional;

/** How urgently a vulnerability must be fixed: the only severity the image APIs report. */
public enum RepairNecessity {
    IMMEDIATE_REPAIR("immediate_repair"),
    DELAY_REPAIR("delay_repair"),
    NOT_NEEDED_REPAIR("not_needed_repair");

    private final String wireName;

    RepairNecessity(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<RepairNecessity> fromWire(String value) {
        return Arrays.stream(values()).filter(level -> level.wireName.equals(value)).findFirst();
    }
}
