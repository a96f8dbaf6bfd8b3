package io.jenkins.plugins.hss.core.trigger;

import io.jenkins.plugins.hss.core.budget.RunRequests;
import java.time.Duration;
import java.time.Instant;

/**
 * A run as the shared batch scan it joins sees it: until when it waits, where its requests are
 * counted, and what it is told while the call's answer is in doubt (the run tells its listener).
 */
public interface TriggerMember {

    /** When the run ends whatever it is doing. */
    Instant deadline();

    /** The requests made for the run, each attempt and check of the batch among them. */
    RunRequests requests();

    /** The answer was lost ({@code error}): a listing checks in {@code checkIn} whether the call was executed. */
    void unconfirmed(String error, Duration checkIn);

    /** The check found {@code started} targets whose scan started: the call was executed. */
    void confirmed(int started);

    /** The check found none started: the call goes again, as send {@code send} of at most {@code limit}. */
    void resent(int send, int limit);
}
