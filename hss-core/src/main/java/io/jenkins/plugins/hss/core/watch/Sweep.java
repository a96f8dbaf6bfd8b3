package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * What one poll listed: the images of every wait's interests, by key, and what each selection
 * query listed. An image missing from a sweep tells nothing (a filter may have hidden it); only
 * the resolution decides "not found".
 *
 * @param contradictions the images whose rows in the poll contradicted each other, and how
 *                       ({@link ListedRows}); they are not among {@code images}
 * @param selected       what each {@link PollSubscriber#selections() selection} listed, by query
 * @param requests       list requests the poll sent, every attempt counted
 * @param served         how many waits the poll served, among whom its requests are shared
 */
record Sweep(Instant at, Map<ImageKey, SwrImage> images, Map<ImageKey, String> contradictions,
             Map<SwrImageQuery, SelectionListing> selected, int requests, int served) {

    /**
     * A read-only view, not a copy: the poller builds a fresh map per poll and hands it over, and
     * copying it cost a whole rehash of every listed image per poll (100,000 at scale).
     */
    Sweep {
        images = Collections.unmodifiableMap(images);
        contradictions = Collections.unmodifiableMap(contradictions);
        selected = Collections.unmodifiableMap(selected);
    }
}
