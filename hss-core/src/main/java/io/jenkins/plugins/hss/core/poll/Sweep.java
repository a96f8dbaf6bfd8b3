package io.jenkins.plugins.hss.core.poll;

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
 * @param coverage       how the poll listed each image it was asked for ({@link PollSubscriber#interests()}), by key
 * @param served         how many waits the poll served, among whom its requests are shared
 */
public record Sweep(Instant at, Map<ImageKey, SwrImage> images, Map<ImageKey, String> contradictions,
             Map<SwrImageQuery, SelectionListing> selected, int requests, Map<ImageKey, Coverage> coverage,
             int served) {

    /**
     * How a poll listed an image it was asked for: with the query that covered it.
     *
     * @param floor         the query's {@code start_latest_scan_time}, null when it had none
     * @param complete      whether the listing held every image the query selected when its first
     *                      page went out (every page the same {@code total_num}, exactly that many
     *                      images at first reading, none twice)
     * @param settledBefore epoch ms on the service's clock: every result of the query's range that
     *                      had ended before it was in a complete listing
     */
    public record Coverage(Long floor, boolean complete, long settledBefore) {

        /** Whether a listing without the image proves it is not in the repository. */
        public boolean provesAbsence() {
            return complete && floor == null;
        }

        /** Whether a complete listing of this range held every scan that ended from {@code floor} on. */
        public boolean covers(Long floor) {
            return complete && (this.floor == null || floor != null && this.floor <= floor);
        }
    }

    /**
     * A read-only view, not a copy: the poller builds a fresh map per poll and hands it over, and
     * copying it cost a whole rehash of every listed image per poll (100,000 at scale).
     */
    public Sweep {
        images = Collections.unmodifiableMap(images);
        contradictions = Collections.unmodifiableMap(contradictions);
        selected = Collections.unmodifiableMap(selected);
        coverage = Collections.unmodifiableMap(coverage);
    }
}
