package io.jenkins.plugins.hss.core.model;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * One change to the gate's outcomes: what a case means for the build. The text form, for faces that
 * take one string, is {@code case=outcome}, e.g. {@code image_oversized=failure} or
 * {@code timeout=unstable}; a case is a terminal scan status or one of the ways a wait ends without
 * a result ({@value #TIMEOUT}, {@value #NOT_FOUND}, {@value #NOT_STARTED}), both sides in any case.
 *
 * @param when a key of {@link #cases()}
 */
public record OutcomeRule(String when, Outcome outcome) {

    public static final String TIMEOUT = "timeout";
    public static final String NOT_FOUND = "not_found";
    public static final String NOT_STARTED = "not_started";

    public OutcomeRule {
        Objects.requireNonNull(outcome, "outcome");
        if (!cases().contains(when)) {
            throw new IllegalArgumentException(EngineMessages.format("outcome_rule.case", when, String.join(", ", cases())));
        }
    }

    /** The cases a rule may name: the terminal scan statuses, then the wait's endings without a result. */
    public static List<String> cases() {
        return Stream.concat(
                Arrays.stream(ScanStatus.values()).filter(ScanStatus::isTerminal).map(ScanStatus::wireName),
                Stream.of(TIMEOUT, NOT_FOUND, NOT_STARTED)).toList();
    }

    /**
     * Reads the text form.
     *
     * @throws IllegalArgumentException naming the expected form, the known cases or the outcomes
     */
    public static OutcomeRule parse(String text) {
        String[] sides = (text == null ? "" : text.strip()).split("\\s*=\\s*", -1);
        if (sides.length != 2 || sides[0].isEmpty()) {
            throw new IllegalArgumentException(EngineMessages.format("outcome_rule.form", text));
        }
        Outcome outcome = Outcome.fromKey(sides[1]).orElseThrow(
                () -> new IllegalArgumentException(EngineMessages.format("outcome.unknown", text)));
        return new OutcomeRule(sides[0].toLowerCase(Locale.ROOT), outcome);
    }

    /** Splits a list as thresholds are split: one a line, or separated by commas or semicolons. */
    public static List<String> split(String text) {
        return FindingThreshold.split(text);
    }

    /** Sets this rule's outcome on {@code gate}, leaving every other case as it was. */
    public GatePolicy.Builder applyTo(GatePolicy.Builder gate) {
        return switch (when) {
            case TIMEOUT -> gate.onTimeout(outcome);
            case NOT_FOUND -> gate.onNotFound(outcome);
            case NOT_STARTED -> gate.onNotStarted(outcome);
            default -> gate.statusOutcome(ScanStatus.fromWire(when).orElseThrow(), outcome);
        };
    }

    /** The text form, e.g. {@code image_oversized=failure}; {@link #parse} reads it back. */
    @Override
    public String toString() {
        return when + "=" + outcome.key();
    }
}
