package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.RepairNecessity;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a scan found in one image.
 *
 * @param vulnerabilities  {@code vul_num}
 * @param maliciousFiles   {@code malicious_file_num}
 * @param unsafeSettings   {@code unsafe_setting_num}
 * @param byNecessity      vulnerabilities per {@code repair_necessity}; empty unless the list was
 *                         fetched (only when a threshold asks for it)
 */
public record Findings(int vulnerabilities, int maliciousFiles, int unsafeSettings,
                       Map<RepairNecessity, Integer> byNecessity) {

    public static final Findings NONE = new Findings(0, 0, 0, Map.of());

    public Findings {
        byNecessity = byNecessity.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byNecessity));
    }

    /** Whether the per-level counts were fetched. */
    public boolean hasNecessityCounts() {
        return !byNecessity.isEmpty();
    }

    /** The count of vulnerabilities with this urgency, when the list was fetched. */
    public Optional<Integer> count(RepairNecessity necessity) {
        return hasNecessityCounts() ? Optional.of(byNecessity.getOrDefault(necessity, 0)) : Optional.empty();
    }

    /** These findings with per-level counts (all levels present, zero when absent). */
    public Findings withNecessityCounts(Map<RepairNecessity, Integer> counts) {
        Map<RepairNecessity, Integer> all = new EnumMap<>(RepairNecessity.class);
        for (RepairNecessity level : RepairNecessity.values()) {
            all.put(level, counts.getOrDefault(level, 0));
        }
        return new Findings(vulnerabilities, maliciousFiles, unsafeSettings, all);
    }
}
