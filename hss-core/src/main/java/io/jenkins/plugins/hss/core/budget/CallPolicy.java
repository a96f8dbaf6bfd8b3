package io.jenkins.plugins.hss.core.budget;

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
 * @param yields     true for a poll: it takes a slot of the budget only while the
 *                   {@linkplain CallBudget#pollMargin() margin} of the window stays free for every
 *                   other call (ours, and other clients' of the same user), so that polling can
 *                   spend the budget nothing else needs without ever taking all of it
 */
public record CallPolicy(Instant deadline, boolean repeatable, boolean yields) {

    public CallPolicy {
        Objects.requireNonNull(deadline, "deadline");
    }

    /** A read that may be sent until {@code deadline}. */
    public static CallPolicy read(Instant deadline) {
        return new CallPolicy(deadline, true, false);
    }

    /** A poll's read, sent until {@code deadline}, that leaves the budget's margin to every other call. */
    public static CallPolicy poll(Instant deadline) {
        return new CallPolicy(deadline, true, true);
    }

    /** A call that changes state, sent until {@code deadline}. */
    public static CallPolicy stateChanging(Instant deadline) {
        return new CallPolicy(deadline, false, false);
    }
}
