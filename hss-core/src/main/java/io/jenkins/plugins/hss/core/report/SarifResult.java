package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One SARIF result: a finding of one image (or of the images a selection counted but did not
 * name), ranked by the gate's outcome for it.
 *
 * @param image       the image, or null for the unlisted images of a selection
 * @param message     the clean text of the result
 * @param properties  extra facts, e.g. the repair necessity (null values are left out)
 * @param fingerprint what tells this finding apart from the image's others of the same rule, run after run
 */
record SarifResult(SarifRule rule, ImageResult image, Outcome outcome, String message, Map<String, String> properties,
                   List<String> fingerprint) {

    SarifResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(message, "message");
        properties = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(properties));
        fingerprint = List.copyOf(fingerprint);
    }

    /** SARIF's level: error fails the build, warning makes it unstable, note changes nothing. */
    String level() {
        return switch (outcome) {
            case FAILURE -> "error";
            case UNSTABLE -> "warning";
            case SUCCESS -> "note";
        };
    }
}
