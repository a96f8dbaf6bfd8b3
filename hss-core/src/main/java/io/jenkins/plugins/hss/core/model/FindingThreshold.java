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
 * {@code total:malicious_files>0}; scope defaults to per image, outcome to failure.
 *
 * @param max the largest count that passes; {@code >0} means "any finding"
 */
public record FindingThreshold(FindingMetric metric, ThresholdScope scope, int max, Outcome outcome) {

    private static final Pattern FORM = Pattern.compile(
            "(?:(?<scope>per_image|total):)?(?<metric>[a-z_]+)\\s*>\\s*(?<max>\\d{1,9})(?::(?<outcome>[a-z]+))?",
            Pattern.CASE_INSENSITIVE);

    public FindingThreshold {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(outcome, "outcome");
        if (max < 0) {
            throw new IllegalArgumentException(EngineMessages.format("threshold.negative", max));
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
        return new FindingThreshold(metric, scope, Integer.parseInt(m.group("max")), outcome);
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
        return prefix + metric.key() + ">" + max + ":" + outcome.key();
    }

    private static String metricKeys() {
        return String.join(", ", Arrays.stream(FindingMetric.values()).map(FindingMetric::key).toList());
    }
}
