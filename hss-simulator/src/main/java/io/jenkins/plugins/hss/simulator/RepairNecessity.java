package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/** How urgently a vulnerability must be fixed: the only severity the image APIs report. */
public enum RepairNecessity implements WireNamed {
    IMMEDIATE_REPAIR("immediate_repair"),
    DELAY_REPAIR("delay_repair"),
    NOT_NEEDED_REPAIR("not_needed_repair");

    private final String wireName;

    RepairNecessity(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<RepairNecessity> fromWire(String value) {
        return WireNamed.fromWire(RepairNecessity.class, value);
    }
}
