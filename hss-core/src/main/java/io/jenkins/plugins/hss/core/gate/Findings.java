package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.SeverityLevel;
import io.jenkins.plugins.hss.core.model.WireValue;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a scan found in one image. A count HSS did not report is null: unknown, which a gate never
 * reads as zero.
 *
 * @param vulnerabilities   {@code vul_num}, null when HSS left it out
 * @param maliciousFiles    {@code malicious_file_num}, null when HSS left it out
 * @param unsafeSettings    {@code unsafe_setting_num}, null when HSS left it out
 * @param byNecessity       vulnerabilities per known {@code repair_necessity}; empty unless the list
 *                          was fetched (only when a threshold asks for it)
 * @param unknownNecessity  vulnerabilities per {@code repair_necessity} value this version does not
 *                          know (or {@code none} when absent): each counts at every level, since it
 *                          could be any of them
 * @param necessityUnknown  why the per-level counts are unknown (the list could not be fetched by
 *                          the deadline, and its last error), null when they are known or not needed
 * @param severityLevel     the image's {@code severity_level} (High, Medium, Low or Security) as
 *                          the newer image API lists it; null when not told (batch-scan's rows
 *                          have none), which a severity threshold never reads as safe
 * @param cves              the CVEs and CVSS scores of the image's vulnerabilities; null unless a
 *                          CVSS or denied-CVE threshold asked for them
 */
public record Findings(Integer vulnerabilities, Integer maliciousFiles, Integer unsafeSettings,
                       Map<RepairNecessity, Integer> byNecessity, Map<String, Integer> unknownNecessity,
                       String necessityUnknown, String severityLevel, CveExposure cves) {

    public static final Findings NONE = new Findings(0, 0, 0, Map.of());

    public Findings {
        byNecessity = byNecessity.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(byNecessity));
        unknownNecessity = unknownNecessity.isEmpty() ? Map.of() : Map.copyOf(new TreeMap<>(unknownNecessity));
    }

    /** Findings without their CVEs. */
    public Findings(Integer vulnerabilities, Integer maliciousFiles, Integer unsafeSettings,
                    Map<RepairNecessity, Integer> byNecessity, Map<String, Integer> unknownNecessity,
                    String necessityUnknown, String severityLevel) {
        this(vulnerabilities, maliciousFiles, unsafeSettings, byNecessity, unknownNecessity, necessityUnknown,
                severityLevel, null);
    }

    /** Findings without a severity. */
    public Findings(Integer vulnerabilities, Integer maliciousFiles, Integer unsafeSettings,
                    Map<RepairNecessity, Integer> byNecessity, Map<String, Integer> unknownNecessity,
                    String necessityUnknown) {
        this(vulnerabilities, maliciousFiles, unsafeSettings, byNecessity, unknownNecessity, necessityUnknown, null);
    }

    /** Known counts, without vulnerabilities of an unknown necessity. */
    public Findings(Integer vulnerabilities, Integer maliciousFiles, Integer unsafeSettings,
                    Map<RepairNecessity, Integer> byNecessity) {
        this(vulnerabilities, maliciousFiles, unsafeSettings, byNecessity, Map.of(), null);
    }

    /** Whether the per-level counts were fetched. */
    public boolean hasNecessityCounts() {
        return !byNecessity.isEmpty();
    }

    /**
     * The count of vulnerabilities with this urgency, when the list was fetched: those of the level
     * and every one of an unknown level, which might be this one.
     */
    public Optional<Integer> count(RepairNecessity necessity) {
        return hasNecessityCounts()
                ? Optional.of(byNecessity.getOrDefault(necessity, 0) + unknownNecessityCount())
                : Optional.empty();
    }

    /** How many vulnerabilities the list held, when it was fetched: those of every level, known or not. */
    public int listedCount() {
        return byNecessity.values().stream().mapToInt(Integer::intValue).sum() + unknownNecessityCount();
    }

    /** How many vulnerabilities have a {@code repair_necessity} this version does not know. */
    public int unknownNecessityCount() {
        return unknownNecessity.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** These findings with per-level counts (all known levels present, zero when absent). */
    public Findings withNecessityCounts(Map<RepairNecessity, Integer> counts, Map<String, Integer> unknown) {
        Map<RepairNecessity, Integer> all = new EnumMap<>(RepairNecessity.class);
        for (RepairNecessity level : RepairNecessity.values()) {
            all.put(level, counts.getOrDefault(level, 0));
        }
        return new Findings(vulnerabilities, maliciousFiles, unsafeSettings, all, unknown, null, severityLevel, cves);
    }

    /** These findings with per-level counts (all levels present, zero when absent). */
    public Findings withNecessityCounts(Map<RepairNecessity, Integer> counts) {
        return withNecessityCounts(counts, Map.of());
    }

    /** These findings, the per-level counts unknown for {@code reason}. */
    public Findings withNecessityUnknown(String reason) {
        return new Findings(vulnerabilities, maliciousFiles, unsafeSettings, Map.of(), Map.of(), reason, severityLevel,
                cves);
    }

    /** These findings with the image's {@code severity_level}, null when not told. */
    public Findings withSeverity(String level) {
        return new Findings(vulnerabilities, maliciousFiles, unsafeSettings, byNecessity, unknownNecessity,
                necessityUnknown, level, cves);
    }

    /** These findings with what ListGeneralImageVuls tells of the image's CVEs. */
    public Findings withCves(CveExposure exposure) {
        return new Findings(vulnerabilities, maliciousFiles, unsafeSettings, byNecessity, unknownNecessity,
                necessityUnknown, severityLevel, exposure);
    }

    /**
     * The image's severity as a rank, worse higher: Security 0, Low 1, Medium 2, High 3 (Critical
     * 4, a vulnerability's level, should an image ever show it); empty when not told or a value
     * this version does not know, which a threshold reads as a breach.
     */
    public Optional<Integer> severityRank() {
        return WireValue.fromWire(SeverityLevel.class, severityLevel)
                .map(SeverityLevel::rank);
    }
}
