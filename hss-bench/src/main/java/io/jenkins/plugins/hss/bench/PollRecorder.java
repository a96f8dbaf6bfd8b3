package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.SwrImagePage;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.client.VulnerabilityPage;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Passes the engine's calls through and notes, in order, the trigger and the instant and offset of
 * every list page and whether it was the listing's last, so that the polls (a page at offset 0
 * after a listing's last page starts one, unless it lists the range right after that listing's;
 * a long poll may read its earlier pages again, offset 0 included) and the interval between them
 * can be read afterwards. Only the single-threaded
 * virtual-time runs use it.
 */
final class PollRecorder implements HssApi {

    /**
     * One list page as sent, with its query's scan-time range; a trigger is noted as a page with
     * no offset.
     */
    record Page(Instant at, int offset, boolean lastOfListing, Long since, Long until) {

        static final int TRIGGER = -1;

        boolean isTrigger() {
            return offset == TRIGGER;
        }

        /**
         * Whether this page starts the listing of the range right after {@code previous}'s: the
         * open range that a poll lists after its closed one, part of the same poll.
         */
        boolean continuesRangeOf(Page previous) {
            return since != null && previous.until != null && since == previous.until + 1;
        }
    }

    private final HssApi api;
    private final Clock clock;
    private final List<Page> pages = new ArrayList<>();

    PollRecorder(HssApi api, Clock clock) {
        this.api = api;
        this.clock = clock;
    }

    @Override
    public void batchScan(BatchScanRequest request) throws HssException {
        pages.add(new Page(clock.instant(), Page.TRIGGER, false, null, null));
        api.batchScan(request);
    }

    @Override
    public SwrImagePage listSwrImages(SwrImageQuery query, int offset, int limit) throws HssException {
        Instant at = clock.instant();
        SwrImagePage page = api.listSwrImages(query, offset, limit);
        pages.add(new Page(at, offset, offset + limit >= page.totalNum() || page.images().isEmpty(),
                query.startLatestScanTime(), query.endLatestScanTime()));
        return page;
    }

    @Override
    public VulnerabilityPage listImageVulnerabilities(VulnerabilityQuery query, int offset, int limit)
            throws HssException {
        return api.listImageVulnerabilities(query, offset, limit);
    }

    List<Page> pages() {
        return List.copyOf(pages);
    }
}
