package io.jenkins.plugins.hss.core.watch;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A wait served by a {@link SharedPoller}. Called without the poller's lock held. */
interface PollSubscriber {

    /** When this wait wants its next poll. */
    Instant nextPollDue();

    /** How long it waits between polls now: a page of a long poll is read again no sooner. */
    Duration pollInterval();

    /** The images it still waits for. */
    List<Interest> interests();

    /** A poll listed these images (all subscribers' targets, each picks its own). */
    void onSweep(Sweep sweep);

    /** A poll failed after the client's retries. */
    void onPollFailed(Throwable error);
}
