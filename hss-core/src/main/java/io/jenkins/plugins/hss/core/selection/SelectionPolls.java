package io.jenkins.plugins.hss.core.selection;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.poll.SelectionListing;
import io.jenkins.plugins.hss.core.poll.Sweep;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The scan-time ranges that a {@link CountedSelection}'s polls list. Every poll lists the scans
 * that ended since {@code since}; at first that is the selection's record bound, so a poll holds
 * every target that finished. The bound then rises, so that each poll reads what ended since the
 * one before rather than all that ended:
 * <ul>
 * <li>A listing that is complete (every page gave the same {@code total_num}, the pages held
 * exactly that many images, none twice) held every scan that had ended when its first page went
 * out; the bound moves there, less a margin. A target still to finish will finish later, inside
 * the range.</li>
 * <li>While scans keep ending, a listing of several pages is rarely complete: images enter it
 * as it is read. So after such a listing the next poll asks two ranges: the closed one, from the
 * bound to its own start less the margin, which no scan can enter any more (a complete reading of
 * it moves the bound to its end), and the open one after it, short and read again by every poll,
 * which brings the newest results.</li>
 * </ul>
 * A listing that is not complete proves nothing and leaves the bound where it was.
 *
 * <p>Scan times are on the service's clock. Once a response told it ({@link ServiceClock}), the
 * margin only covers a result that becomes listable a little after the time it carries
 * ({@link SelectionListing#SETTLING}); before, it must also cover our clock being off ({@code skew}).
 */
public final class SelectionPolls {

    private final CountedSelection selection;
    private final BatchScanRequest request;
    private final Duration skew;
    private final ServiceClock serviceClock;
    private final int pageSize;
    private long since;
    private boolean split;
    private SwrImageQuery closed;
    private SwrImageQuery open;
    private long closedUntil;

    public SelectionPolls(CountedSelection selection, BatchScanRequest request, Duration skew, ServiceClock serviceClock,
                   int pageSize) {
        this.selection = selection;
        this.request = request;
        this.skew = skew;
        this.serviceClock = serviceClock;
        this.pageSize = pageSize;
        this.since = selection.recordedBefore();
    }

    /** The queries of a poll that starts at {@code now} (our clock). */
    public List<SwrImageQuery> queries(Instant now) {
        long settled = settled(new SelectionListing.Sent(now, serviceClock.now().orElse(null)));
        if (split && settled > since) {
            closedUntil = settled;
            closed = selection.pollQuery(request, since, settled - 1);
            open = selection.pollQuery(request, settled, null);
            return List.of(closed, open);
        }
        closed = null;
        open = selection.pollQuery(request, since, null);
        return List.of(open);
    }

    /**
     * What the poll listed for the last {@link #queries}, and what it proves for the next ones;
     * null when that poll was not the one that asked them.
     */
    public List<SwrImage> read(Sweep sweep) {
        SelectionListing openListing = open == null ? null : sweep.selected().get(open);
        SelectionListing closedListing = closed == null ? null : sweep.selected().get(closed);
        if (openListing == null || closed != null && closedListing == null) {
            return null;
        }
        boolean closedComplete = closedListing == null || complete(closedListing);
        if (closedComplete && complete(openListing)) {
            since = Math.max(since, settled(openListing.sent()));
        } else if (closedListing != null && closedComplete) {
            since = Math.max(since, closedUntil);
        }
        split = openListing.images().size() > pageSize;
        List<SwrImage> listed = new ArrayList<>(openListing.images());
        if (closedListing != null) {
            listed.addAll(closedListing.images());
        }
        return listed;
    }

    /** The scan times before which every result had shown when a listing went out then. */
    private long settled(SelectionListing.Sent sent) {
        return sent.settledBefore(skew);
    }

    private boolean complete(SelectionListing listing) {
        return listing.unchanged() && ListedRows.noneTwice(listing.images(), request.imageType().wireName());
    }
}
