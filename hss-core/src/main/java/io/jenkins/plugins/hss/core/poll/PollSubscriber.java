package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** A wait served by a {@link SharedPoller}. Called without the poller's lock held. */
public interface PollSubscriber {

    /** When this wait wants its next poll. */
    Instant nextPollDue();

    /** When it stops waiting: a poll's calls are sent until the last of its subscribers' deadlines. */
    Instant deadline();

    /** How long it waits between polls now: a page of a long poll is read again no sooner. */
    Duration pollInterval();

    /** The images it still waits for. */
    List<Interest> interests();

    /**
     * Queries it wants listed whole, whatever images they hold: the polls of a
     * {@code CountedSelection}, whose targets are discovered as they finish.
     */
    default List<SwrImageQuery> selections() {
        return List.of();
    }

    /** A poll listed these images (all subscribers' targets, each picks its own). */
    void onSweep(Sweep sweep);

    /**
     * A poll failed after the queue's retries.
     *
     * @param requests the list requests it sent before it failed
     * @param served   how many waits it served, among whom its requests are shared
     */
    void onPollFailed(Throwable error, int requests, int served);
}
