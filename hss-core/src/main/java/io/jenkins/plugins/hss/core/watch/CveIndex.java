package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The rows of ListGeneralImageVuls by {@code vul_id}: the CVEs and CVSS scores an image's
 * vulnerabilities meet by their ids. A row that contradicts itself (a CVE without a score, a score
 * outside 0 to 10, a {@code max_cvss_score} its CVEs do not have) or another row of the same id
 * (other CVEs) makes that id malformed; an image with it, or with an id no row has, learns no CVEs.
 */
final class CveIndex {

    /** How many ids a reason names before it only counts them. */
    private static final int NAMED = 10;
    private static final double MAX_SCORE = 10.0;

    /** One vulnerability's CVEs (id to score) and its highest score, null when it has none. */
    private record Scored(Map<String, Double> cves, Double max) {
    }

    private final Map<String, Scored> scored = new HashMap<>();
    private final Map<String, String> malformed = new HashMap<>();

    /** The index of {@code rows}, read from every listing the gate needs. */
    static CveIndex of(List<GeneralImageVulnerability> rows) {
        CveIndex index = new CveIndex();
        rows.forEach(index::add);
        return index;
    }

    private void add(GeneralImageVulnerability row) {
        String id = row.vulId();
        if (id == null || malformed.containsKey(id)) {
            return; // a row no image's vulnerability can name decides nothing
        }
        Map<String, Double> cves = new TreeMap<>();
        String problem = null;
        for (GeneralImageVulnerability.Cve cve : row.cveList()) {
            String cveId = Objects.requireNonNullElse(cve.cveId(), "a CVE without cve_id");
            if (cve.cvss() == null) {
                problem = EngineMessages.format("cves.no_cvss", id, cveId);
            } else if (outOfRange(cve.cvss())) {
                problem = EngineMessages.format("cves.out_of_range", id, cveId, cve.cvss());
            } else {
                cves.put(cveId, cve.cvss());
            }
        }
        Double highest = cves.values().stream().max(Double::compare).orElse(null);
        Double max = row.maxCvssScore();
        if (problem == null && max != null && outOfRange(max)) {
            problem = EngineMessages.format("cves.out_of_range", id, "max_cvss_score", max);
        } else if (problem == null && max != null && highest != null && !max.equals(highest)) {
            problem = EngineMessages.format("cves.max_disagrees", id, max, highest);
        }
        Scored before = scored.get(id);
        Scored now = new Scored(cves, highest != null ? highest : max);
        if (problem == null && before != null && !before.equals(now)) {
            problem = EngineMessages.format("cves.twice", id);
        }
        if (problem != null) {
            scored.remove(id);
            malformed.put(id, problem);
        } else {
            scored.put(id, now);
        }
    }

    private static boolean outOfRange(double score) {
        return !(score >= 0 && score <= MAX_SCORE);
    }

    /**
     * What the rows tell of an image with vulnerabilities {@code vulIds}: unknown when a row is
     * missing or malformed; else the worst score, the CVEs above {@code limit} (none when null)
     * or in {@code denied}, and the vulnerabilities without a score.
     */
    CveExposure exposure(List<String> vulIds, Double limit, Set<String> denied) {
        List<String> missing = vulIds.stream().filter(id -> !scored.containsKey(id) && !malformed.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            return CveExposure.unknown(EngineMessages.format("cves.not_listed", missing.size(), named(missing)));
        }
        List<String> bad = vulIds.stream().filter(malformed::containsKey).map(malformed::get).toList();
        if (!bad.isEmpty()) {
            return CveExposure.unknown(EngineMessages.format("cves.malformed", bad.size(), named(bad)));
        }
        Double worst = null;
        Map<String, Double> matched = new TreeMap<>();
        List<String> unscored = new ArrayList<>();
        for (String id : vulIds) {
            Scored vul = scored.get(id);
            if (vul.max() == null) {
                unscored.add(id);
                continue;
            }
            worst = worst == null ? vul.max() : Math.max(worst, vul.max());
            vul.cves().forEach((cve, score) -> {
                if (denied.contains(cve) || limit != null && score > limit) {
                    matched.put(cve, score);
                }
            });
            if (vul.cves().isEmpty() && limit != null && vul.max() > limit) {
                matched.put(id, vul.max());
            }
        }
        unscored.sort(null);
        return new CveExposure(worst, matched, unscored, null);
    }

    private static String named(List<String> items) {
        List<String> sorted = items.stream().sorted().toList();
        return sorted.size() <= NAMED ? String.join(", ", sorted)
                : String.join(", ", sorted.subList(0, NAMED)) + ", " + (sorted.size() - NAMED) + " more";
    }
}
