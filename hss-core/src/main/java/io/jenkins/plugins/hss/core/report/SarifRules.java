package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rules of the SARIF report: one per vulnerability id, as HSS describes it, and one for each
 * other kind of finding, including each way a scan can end without findings that count, so that
 * a build failed by a timeout shows as an error in the code-scanning tool too, not as a clean run.
 * Fixed rules have ids starting with {@code hss/}; a vulnerability's id is HSS's {@code vul_id}.
 */
final class SarifRules {

    static final SarifRule VULNERABILITIES = fixed("hss/vulnerabilities", "Vulnerabilities", "vulnerabilities",
            "security", "vulnerability");
    static final SarifRule HANDLED = fixed("hss/handled-vulnerabilities", "HandledVulnerabilities", "handled",
            "security", "vulnerability");
    static final SarifRule COUNTS_UNKNOWN = fixed("hss/vulnerability-counts-unknown", "VulnerabilityCountsUnknown",
            "counts_unknown", "security", "vulnerability", "incomplete");
    static final SarifRule CVES = fixed("hss/cve-scores", "CveScores", "cves", "security", "vulnerability");
    static final SarifRule MALICIOUS_FILES = fixed("hss/malicious-files", "MaliciousFiles", "malicious_files",
            "security", "malware");
    static final SarifRule UNSAFE_SETTINGS = fixed("hss/unsafe-settings", "UnsafeSettings", "unsafe_settings",
            "security", "baseline");
    static final SarifRule SCAN_FAILED = fixed("hss/scan-failed", "ScanFailed", "scan_failed", "incomplete");
    static final SarifRule UNLISTED = fixed("hss/unlisted-images", "UnlistedImages", "unlisted", "incomplete");
    private static final SarifRule TIMED_OUT = fixed("hss/scan-timed-out", "ScanTimedOut", "timed_out", "incomplete");
    private static final SarifRule NOT_STARTED = fixed("hss/scan-not-started", "ScanNotStarted", "not_started",
            "incomplete");
    private static final SarifRule NOT_FOUND = fixed("hss/image-not-found", "ImageNotFound", "not_found", "incomplete");
    private static final SarifRule MALFORMED_ANSWER = fixed("hss/malformed-answer", "MalformedAnswer",
            "malformed_answer", "incomplete");
    static final SarifRule COUNT_MISSING = fixed("hss/count-missing", "CountMissing", "count_missing", "incomplete");
    private static final SarifRule NOT_WAITED = fixed("hss/scan-not-awaited", "ScanNotAwaited", "not_waited",
            "incomplete");
    private static final SarifRule UNIDENTIFIED = fixed("hss/unidentified-vulnerability", "UnidentifiedVulnerability",
            "unidentified", "security", "vulnerability");

    private static final String FIXED_PREFIX = "hss/";
    private static final int SHORT_LENGTH = 120;

    private SarifRules() {
    }

    /**
     * The rule of an image whose wait ended without a finished scan. Exhaustive on purpose: a new
     * way for a wait to end must get its own rule, not pass for a finding-free image.
     */
    static SarifRule forState(WaitEnd state) {
        return switch (state) {
            case TIMED_OUT -> TIMED_OUT;
            case NOT_STARTED -> NOT_STARTED;
            case NOT_FOUND -> NOT_FOUND;
            case NOT_WAITED -> NOT_WAITED;
            case MALFORMED_ANSWER -> MALFORMED_ANSWER;
            case FINISHED -> throw new IllegalArgumentException("a finished scan has findings, not a state rule");
        };
    }

    /** The rule of one vulnerability id, with HSS's description, fix and link as help. */
    static SarifRule vulnerability(Vulnerability vulnerability) {
        String id = PlainText.clean(vulnerability.vulId()).strip();
        if (id.isEmpty()) {
            return UNIDENTIFIED;
        }
        String description = PlainText.clean(vulnerability.description()).strip();
        String solution = PlainText.clean(vulnerability.solution()).strip();
        String link = PlainText.clean(vulnerability.url()).strip();
        Optional<String> helpUri = webUri(link);
        String full = description.isEmpty() ? EngineMessages.format("sarif.vulnerability.short", id) : description;
        List<String> text = new ArrayList<>(List.of(full));
        if (!solution.isEmpty()) {
            text.add(EngineMessages.format("sarif.vulnerability.fix", solution));
        }
        List<String> markdown = text.stream().map(MarkdownText::paragraph).collect(Collectors.toCollection(ArrayList::new));
        if (!link.isEmpty()) {
            text.add(EngineMessages.format("sarif.vulnerability.link", link));
            markdown.add(EngineMessages.format("sarif.vulnerability.link", helpUri.map(SarifRules::autolink)
                    .orElse(MarkdownText.paragraph(link))));
        }
        String ruleId = id.toLowerCase(Locale.ROOT).startsWith(FIXED_PREFIX) ? "vul/" + id : id;
        return new SarifRule(ruleId, null, shorten(full), full, String.join("\n", text), String.join("\n\n", markdown),
                helpUri.orElse(null), List.of("security", "vulnerability"));
    }

    private static SarifRule fixed(String id, String name, String key, String... tags) {
        String help = EngineMessages.format("sarif.rule." + key + ".help");
        return new SarifRule(id, name, EngineMessages.format("sarif.rule." + key + ".short"),
                EngineMessages.format("sarif.rule." + key + ".full"), help, MarkdownText.paragraph(help), null,
                List.of(tags));
    }

    /** The description's start, cut at a word, for the one line a code-scanning list shows. */
    private static String shorten(String text) {
        if (text.length() <= SHORT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SHORT_LENGTH - 1);
        return text.substring(0, cut > SHORT_LENGTH / 2 ? cut : SHORT_LENGTH - 1) + "…";
    }

    /**
     * A URI that Markdown links as it is: it parsed, so it holds no space, angle bracket or quote,
     * and the unreserved characters that could pair up as emphasis are percent-encoded, which
     * names the same resource.
     */
    private static String autolink(String uri) {
        return uri.replace("*", "%2A").replace("_", "%5F").replace("~", "%7E");
    }

    /** {@code text} as an absolute http or https URI with a host, if it is one. */
    static Optional<String> webUri(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    ? Optional.of(uri.toASCIIString()) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
