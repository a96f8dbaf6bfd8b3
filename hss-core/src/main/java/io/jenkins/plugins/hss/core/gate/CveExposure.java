package io.jenkins.plugins.hss.core.gate;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What ListGeneralImageVuls tells of the CVEs behind one image's vulnerabilities (those the gate
 * counts), joined by {@code vul_id}: read only when a CVSS or denied-CVE threshold asks.
 *
 * @param worstCvss the highest CVSS score of them, null when none has a score
 * @param matched   the CVEs a threshold matched (a denied one, or one scored above the lowest CVSS
 *                  limit), id to score, sorted; a vulnerability HSS scores without naming a CVE
 *                  appears under its {@code vul_id}
 * @param unscored  the image's vulnerabilities that have no CVSS score at all, sorted
 * @param unknown   why the CVEs of the image are not known (the list not read in time, rows
 *                  missing or malformed); null when they are, which no CVE threshold passes
 */
public record CveExposure(Double worstCvss, Map<String, Double> matched, List<String> unscored, String unknown) {

    public CveExposure {
        matched = Map.copyOf(matched);
        unscored = List.copyOf(unscored);
    }

    /** The CVEs of an image that could not be known, and why. */
    public static CveExposure unknown(String why) {
        return new CveExposure(null, Map.of(), List.of(), why);
    }

    /** Whether the image's CVEs are known. */
    public boolean known() {
        return unknown == null;
    }

    /** The matched CVEs in id order. */
    public Map<String, Double> matchedInOrder() {
        return new TreeMap<>(matched);
    }

    public Optional<Double> worst() {
        return Optional.ofNullable(worstCvss);
    }

    /**
     * In one line, unescaped, e.g. {@code CVSS 9.8: CVE-2021-44228 9.8}; {@code CVSS ?} when the
     * CVEs are unknown, {@code CVSS -} when none of them has a score.
     */
    public String summary() {
        if (!known()) {
            return "CVSS ?";
        }
        String worst = "CVSS " + worst().map(String::valueOf).orElse("-");
        String listed = String.join(", ", matchedInOrder().entrySet().stream()
                .map(cve -> cve.getKey() + " " + cve.getValue()).toList());
        return listed.isEmpty() ? worst : worst + ": " + listed;
    }
}
