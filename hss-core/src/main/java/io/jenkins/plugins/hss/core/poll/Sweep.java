package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What one poll listed: the images of every wait's interests, by key, how each was covered, and
 * what each selection query listed. An image missing from a sweep tells nothing (a filter may have
 * hidden it); only the resolution decides "not found".
 *
 * <p>The one type of a poll's listing: the poller hands each page's rows to it as they are read
 * ({@link #listing}), so that the rows of a poll are kept once, one per image (by
 * {@link ListedRows}' rule: the later moment wins, two rows that cannot both be true are a
 * contradiction), and never as a list per query too. It is filled only by the poller, on the
 * poll's one chain of calls, and handed to the waits once {@link #done} (their
 * {@link PollSubscriber#onSweep} happens after), read-only: the accessors are views, not copies,
 * since copying cost a whole rehash of every listed image per poll (100,000 at scale).
 */
public final class Sweep {

    private final ListedRows rows = new ListedRows();
    private final Map<SwrImageQuery, SelectionListing> selected = new HashMap<>();
    private final Map<ImageKey, Coverage> coverage = new HashMap<>();
    private Instant at;
    private int requests;
    private int served;

    Sweep() {
    }

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
     * The reader of {@code query}'s pages: their rows join this sweep's, and once the last page is
     * read, the query's interests are covered as it listed them.
     *
     * @param sent when the listing's first page went out; known once a page was read
     */
    PagedCall.Reader<SwrImage, Sweep> listing(CoverageQuery query, Supplier<SelectionListing.Sent> sent) {
        String imageType = query.imageType();
        return new PagedCall.Reader<>() {
            private final Set<ImageKey> firstRead = new HashSet<>();
            private boolean twice;

            @Override
            public void read(List<SwrImage> page, boolean first) {
                // A page read again shows its images at a later moment; the rows keep the later one.
                for (SwrImage image : page) {
                    rows.add(image, imageType);
                    if (first && !firstRead.add(ImageKey.of(image, imageType))) {
                        twice = true;
                    }
                }
            }

            @Override
            public Sweep done(boolean unchanged) {
                Coverage covered = new Coverage(query.query().startLatestScanTime(), unchanged && !twice,
                        sent.get().settledBefore(ServiceClock.CLOCK_SKEW_ALLOWANCE));
                query.interests().forEach(interest -> coverage.put(interest.key(), covered));
                return Sweep.this;
            }
        };
    }

    /** What the listing of a {@link PollSubscriber#selections() selection} held. */
    Sweep selection(SwrImageQuery query, PagedCall.Listing<SwrImage> listing, SelectionListing.Sent sent) {
        selected.put(query, new SelectionListing(listing.items(), sent, listing.unchanged()));
        return this;
    }

    /** This sweep, its last page read at {@code now}, after {@code sent} list requests that served {@code waits} waits. */
    Sweep done(Instant now, int sent, int waits) {
        this.at = now;
        this.requests = sent;
        this.served = waits;
        return this;
    }

    /** When the poll's last page was read. */
    public Instant at() {
        return at;
    }

    /** Every image listed for an interest, by key, the contradicted ones left out. */
    public Map<ImageKey, SwrImage> images() {
        return rows.images();
    }

    /** The images whose rows in the poll contradicted each other, and how; they are not among {@link #images()}. */
    public Map<ImageKey, String> contradictions() {
        return rows.contradictions();
    }

    /** What each {@link PollSubscriber#selections() selection} listed, by query. */
    public Map<SwrImageQuery, SelectionListing> selected() {
        return Collections.unmodifiableMap(selected);
    }

    /** List requests the poll sent, every attempt counted. */
    public int requests() {
        return requests;
    }

    /** How the poll listed each image it was asked for ({@link PollSubscriber#interests()}), by key. */
    public Map<ImageKey, Coverage> coverage() {
        return Collections.unmodifiableMap(coverage);
    }

    /** How many waits the poll served, among whom its requests are shared. */
    public int served() {
        return served;
    }
}
