package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.Outcome;
import java.util.Optional;

/** One rule that an image (or the run) did not pass cleanly, and why. */
record Breach(Outcome outcome, String reason) {

    /** A breach, or none when the rule's outcome is SUCCESS. */
    static Optional<Breach> of(Outcome outcome, String reason) {
        return outcome == Outcome.SUCCESS ? Optional.empty() : Optional.of(new Breach(outcome, reason));
    }
}
