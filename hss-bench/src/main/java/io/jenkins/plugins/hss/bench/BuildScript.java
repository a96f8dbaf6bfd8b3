package io.jenkins.plugins.hss.bench;

import java.time.Instant;

/**
 * A CI script that scans one build's images, run on a {@link ScriptClock}, and what it did: the
 * instants are null until they happened.
 */
abstract class BuildScript implements ScriptClock.Script {

    private Instant firstRequest;
    private Instant triggeredAt;
    private Instant verdictAt;

    Instant firstRequest() {
        return firstRequest;
    }

    Instant triggeredAt() {
        return triggeredAt;
    }

    /** When it saw the last of its scans ended; null if it never did. */
    Instant verdictAt() {
        return verdictAt;
    }

    void started(Instant at) {
        firstRequest = at;
    }

    void triggered(Instant at) {
        triggeredAt = at;
    }

    void decided(Instant at) {
        verdictAt = at;
    }
}
