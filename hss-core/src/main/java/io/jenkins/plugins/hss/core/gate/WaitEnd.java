package io.jenkins.plugins.hss.core.gate;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the wait for one image ended. */
public enum WaitEnd {
    /** The scan this run started reached a terminal status. */
    FINISHED,
    /** The image started scanning but the wait timed out before the scan ended. */
    TIMED_OUT,
    /** The wait timed out and the image never left its state from before the trigger. */
    NOT_STARTED,
    /** The image is not in the repository: nothing was scanned. */
    NOT_FOUND,
    /** The run only triggered the scan and did not wait for it. */
    NOT_WAITED,
    /**
     * HSS's answers about the image were malformed or contradicted each other (a negative count,
     * two different rows, a vulnerability list that disagrees with {@code vul_num}): they prove
     * nothing, so the image fails whatever the policy.
     */
    MALFORMED_ANSWER;

    /** Whether the wait ran out before this image's scan ended: the timeout and not-started rules. */
    public boolean waitRanOut() {
        return this == TIMED_OUT || this == NOT_STARTED;
    }

    /** The name in reports, e.g. {@code timed_out}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WaitEnd> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
