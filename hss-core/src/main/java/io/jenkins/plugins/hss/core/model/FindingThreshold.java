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
 * images of severity High (or Critical); {@code severity>security} any image with a finding.
 *
 * @param max the largest count that passes; {@code >0} means "any finding"; for
 *            {@link FindingMetric#SEVERITY} the rank of the worst level that passes
 */
public record FindingThreshold(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome) {

    private static final String SEVERITY_LEVELS = "critical, high, medium, low, security";
    private static final Pattern FORM = Pattern.compile(
            "(?:(?<scope>per_image|total):)?(?<metric>[a-z_]+)\\s*>\\s*(?<max>\\d{1,9}|[a-z]+)(?::(?<outcome>[a-z]+))?",
            Pattern.CASE_INSENSITIVE);

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
        Matcher m = FORM.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.form", text));
        }
        FindingMetric metric = FindingMetric.fromKey(m.group("metric")).orElseThrow(
                () -> new IllegalArgumentException(EngineMessages.format("threshold.metric", text, metricKeys())));
        ThresholdScope scope = m.group("scope") == null
                ? ThresholdScope.PER_IMAGE
                : ThresholdScope.valueOf(m.group("scope").toUpperCase(java.util.Locale.ROOT));
        Outcome outcome = m.group("outcome") == null ? Outcome.FAILURE : Outcome.fromKey(m.group("outcome")).orElseThrow(
                () -> new IllegalArgumentException(EngineMessages.format("outcome.unknown", text)));
        return new FindingThreshold(metric, scope, max(metric, scope, m.group("max"), text), outcome);
    }

    /** A count, or for the severity a level's rank: per image, since ranks do not add up. */
    private static int max(FindingMetric metric, ThresholdScope scope, String max, String text) {
        if (metric != FindingMetric.SEVERITY) {
            if (!Character.isDigit(max.charAt(0))) {
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

    /** Splits a list written one per line or separated by commas or semicolons; blanks are skipped. */
    public static List<String> split(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The text form, e.g. {@code total:malicious_files>0:failure}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        String prefix = scope == ThresholdScope.TOTAL ? scope.key() + ":" : "";
        String limit = metric == FindingMetric.SEVERITY ? SeverityLevel.ofRank(max).wireName().toLowerCase(java.util.Locale.ROOT)
                : String.valueOf(max);
        return prefix + metric.key() + ">" + limit + ":" + outcome.key();
    }

    private static String metricKeys() {
        return String.join(", ", Arrays.stream(FindingMetric.values()).map(FindingMetric::key).toList());
    }
}
