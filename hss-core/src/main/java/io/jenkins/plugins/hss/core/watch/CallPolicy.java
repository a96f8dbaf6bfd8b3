package io.jenkins.plugins.hss.core.watch;

import java.time.Instant;
import java.util.Objects;

/**
 * What the call queue may do with one call: until when it may be sent (the run's deadline), and
 * whether a failure that may have reached HSS may be sent again.
 *
 * @param deadline   no attempt of the call starts at or after it, and no retry is planned past it
 * @param repeatable true for a read: a 5xx, a dropped connection or a body cut short is worth
 *                   another attempt. False for the trigger, which changes state: only an answer that
 *                   proves it was not executed (429, or no connection made) is sent again; any other
 *                   failure goes back to the caller, who must first find out what it did
 */
record CallPolicy(Instant deadline, boolean repeatable) {

    CallPolicy {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** A read that may be sent until {@code deadline}. */
    static CallPolicy read(Instant deadline) {
        return new CallPolicy(deadline, true);
    }

    /** A call that changes state, sent until {@code deadline}. */
    static CallPolicy stateChanging(Instant deadline) {
        return new CallPolicy(deadline, false);
    }
}
