package io.jenkins.plugins.hss.core.model;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit on findings: when {@code metric} counted over {@code scope} exceeds {@code max}, the
 * build gets at least {@code outcome}. The text form, for faces that take one string, is
 * {@code [per_image:|total:]metric>max[:outcome]}, e.g. {@code immediate_repair>0:failure} or
 * {@code total:malicious_files>0}; scope defaults to per image, outcome to failure. A threshold on
 * the image's severity names the worst level that passes: {@code severity>medium:failure} fails
 * images of severity High (or Critical); {@code severity>security} any image with a finding. A
 * threshold on CVSS scores names the highest score that passes, to one decimal:
 * {@code cvss>8.9:failure} fails an image with a CVE scored 9.0 or more. A denied CVE has a form of
 * its own, {@code [per_image:]cve:CVE-2021-44228[:outcome]}: an image that has it gets the outcome.
 *
 * @param max   the largest count that passes; {@code >0} means "any finding"; for
 *              {@link FindingMetric#SEVERITY} the rank of the worst level that passes; for
 *              {@link FindingMetric#CVSS} the highest score that passes, in tenths (0 to 100);
 *              0 for {@link FindingMetric#DENIED_CVE}
 * @param cveId the denied CVE of a {@link FindingMetric#DENIED_CVE} threshold, upper case; null for others
 */
public record FindingThreshold(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome, String cveId) {

    private static final String SEVERITY_LEVELS = "critical, high, medium, low, security";
    private static final Pattern FORM = Pattern.compile(
            "(?:(?<scope>per_image|total):)?(?<metric>[a-z_]+)\\s*>\\s*(?<max>\\d{1,9}(?:\\.\\d+)?|[a-z]+)(?::(?<outcome>[a-z]+))?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DENIED_FORM = Pattern.compile(
            "(?:(?<scope>per_image|total):)?cve:(?<cve>[^:]*)(?::(?<outcome>[a-z]+))?", Pattern.CASE_INSENSITIVE);
    /** How NVD writes a CVE id: the year, then at least four digits. */
    private static final Pattern CVE_ID = Pattern.compile("CVE-\\d{4}-\\d{4,}");
    /** The highest CVSS score, in tenths. */
    private static final int MAX_CVSS_TENTHS = 100;
    private static final Pattern CVSS_SCORE = Pattern.compile("\\d{1,2}(?:\\.\\d)?");

    public FindingThreshold {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(outcome, "outcome");
        if (max < 0) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.negative", max));
        }
        if (metric == FindingMetric.SEVERITY && (max > SeverityLevel.CRITICAL.rank()
                || scope == ThresholdScope.TOTAL)) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.severity_level", metric.key() + ">"
                    + max, SEVERITY_LEVELS));
        }
        if (metric == FindingMetric.CVSS && (max > MAX_CVSS_TENTHS || scope == ThresholdScope.TOTAL)) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.cvss", metric.key() + ">" + max / 10.0));
        }
        if (metric == FindingMetric.DENIED_CVE) {
            if (cveId == null || !CVE_ID.matcher(cveId).matches() || scope == ThresholdScope.TOTAL) {
                throw new IllegalArgumentException(EngineMessages.format("threshold.cve", "cve:" + cveId));
            }
        } else if (cveId != null) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.cve_other", metric.key()));
        }
    }

    /** A threshold on a count, a severity or a CVSS score. */
    public FindingThreshold(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome) {
        this(metric, scope, max, outcome, null);
    }

    /** A per-image threshold that gives {@code outcome} to an image with {@code cveId}. */
    public static FindingThreshold deniedCve(String cveId, Outcome outcome) {
        return new FindingThreshold(FindingMetric.DENIED_CVE, ThresholdScope.PER_IMAGE, 0, outcome,
                cveId == null ? null : cveId.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The highest CVSS score that passes a {@link FindingMetric#CVSS} threshold. */
    public double maxCvss() {
        return max / 10.0;
    }

    /** Whether {@code count} findings break this threshold. */
    public boolean isExceededBy(int count) {
        return count > max;
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the expected form when the text is not one
     */
    public static FindingThreshold parse(String text) {
        Matcher denied = DENIED_FORM.matcher(text == null ? "" : text.strip());
        if (denied.matches()) {
            return deniedCve(denied, text);
        }
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.form", text));
        }
        FindingMetric metric = FindingMetric.fromKey(m.group("metric")).orElseThrow(
                () -> new IllegalArgumentException(EngineMessages.format("threshold.metric", text, metricKeys())));
        ThresholdScope scope = m.group("scope") == null
                ? ThresholdScope.PER_IMAGE
                : ThresholdScope.valueOf(m.group("scope").toUpperCase(java.util.Locale.ROOT));
        return new FindingThreshold(metric, scope, max(metric, scope, m.group("max"), text), outcome(m, text));
    }

    private static Outcome outcome(Matcher m, String text) {
        return m.group("outcome") == null ? Outcome.FAILURE : Outcome.fromKey(m.group("outcome")).orElseThrow(
                () -> new IllegalArgumentException(EngineMessages.format("outcome.unknown", text)));
    }

    /** {@code cve:CVE-…}: per image only, since an image has a CVE or not. */
    private static FindingThreshold deniedCve(Matcher m, String text) {
        String cve = m.group("cve").strip().toUpperCase(java.util.Locale.ROOT);
        if (m.group("scope") != null && m.group("scope").equalsIgnoreCase(ThresholdScope.TOTAL.key())
                || !CVE_ID.matcher(cve).matches()) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.cve", text));
        }
        return deniedCve(cve, outcome(m, text));
    }

    /** A count, or for the severity a level's rank: per image, since ranks do not add up. */
    private static int max(FindingMetric metric, ThresholdScope scope, String max, String text) {
        if (metric == FindingMetric.CVSS) {
            return cvssTenths(scope, max, text);
        }
        if (metric == FindingMetric.DENIED_CVE) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.cve", text));
        }
        if (metric != FindingMetric.SEVERITY) {
            if (!Character.isDigit(max.charAt(0)) || max.contains(".")) {
                throw new IllegalArgumentException(EngineMessages.format("threshold.form", text));
            }
            return Integer.parseInt(max);
        }
        if (scope == ThresholdScope.TOTAL) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.severity_total", text));
        }
        return Arrays.stream(SeverityLevel.values()).filter(level -> level.wireName().equalsIgnoreCase(max))
                .findFirst().map(SeverityLevel::rank).orElseThrow(() -> new IllegalArgumentException(
                        EngineMessages.format("threshold.severity_level", text, SEVERITY_LEVELS)));
    }

    /** A score of 0 to 10 with at most one decimal, as CVSS writes them, in tenths; per image, since scores do not add up. */
    private static int cvssTenths(ThresholdScope scope, String max, String text) {
        if (scope == ThresholdScope.TOTAL || !CVSS_SCORE.matcher(max).matches()) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.cvss", text));
        }
        int tenths = new java.math.BigDecimal(max).movePointRight(1).intValueExact();
        if (tenths > MAX_CVSS_TENTHS) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.cvss", text));
        }
        return tenths;
    }

    /** Splits a list written one per line or separated by commas or semicolons; blanks are skipped. */
    public static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The text form, e.g. {@code total:malicious_files>0:failure}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        String prefix = scope == ThresholdScope.TOTAL ? scope.key() + ":" : "";
        if (metric == FindingMetric.DENIED_CVE) {
            return metric.key() + ":" + cveId + ":" + outcome.key();
        }
        String limit = metric == FindingMetric.SEVERITY ? SeverityLevel.ofRank(max).wireName().toLowerCase(java.util.Locale.ROOT)
                : metric == FindingMetric.CVSS ? String.valueOf(maxCvss())
                : String.valueOf(max);
        return prefix + metric.key() + ">" + limit + ":" + outcome.key();
    }

    private static String metricKeys() {
        return String.join(", ", Arrays.stream(FindingMetric.values()).map(FindingMetric::key).toList());
    }
}
