package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.Objects;

/**
 * A scan that finished before the simulation began: what the image shows until a scan triggered
 * during the simulation completes. Null findings mean "the image's own findings" for a successful
 * scan.
 */
public record PreviousScan(ScanOutcome outcome, Instant at, Findings findings) {

    public PreviousScan {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
    }
}
