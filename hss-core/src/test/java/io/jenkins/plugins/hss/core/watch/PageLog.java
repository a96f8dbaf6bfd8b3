package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.client.SyncAnswer;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real client, noting the instant, offset, {@code start_latest_scan_time} and rows of every
 * repository list page it is asked for, the query of every list and vulnerability page, and every
 * batch scan it sends.
 */
final class PageLog implements HssApi {

    record Read(Instant at, int offset, Long since, int rows) {
    }

    /** A batch scan sent, and when. */
    record Sent(Instant at, BatchScanRequest request) {
    }

    private final HssApi client;
    private final Clock clock;
    final List<Read> reads = new CopyOnWriteArrayList<>();
    final List<SwrImageQuery> listQueries = new CopyOnWriteArrayList<>();
    final List<VulnerabilityQuery> vulnerabilityQueries = new CopyOnWriteArrayList<>();
    final List<Sent> triggers = new CopyOnWriteArrayList<>();

    PageLog(HssApi client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Instant batchScan(BatchScanRequest request) throws HssException {
        triggers.add(new Sent(clock.instant(), request));
        return client.batchScan(request);
    }

    @Override
    public SyncAnswer synchronize(String projectId, ImageType imageType, String enterpriseProjectId)
            throws HssException {
        return client.synchronize(projectId, imageType, enterpriseProjectId);
    }

    @Override
    public io.jenkins.plugins.hss.core.client.Accepted createImageSyncTask(String projectId,
            io.jenkins.plugins.hss.core.model.ImageSyncRequest request) throws HssException {
        return client.createImageSyncTask(projectId, request);
    }

    @Override
    public ListPage<SwrImage> listSwrImages(String projectId, SwrImageQuery query, int offset, int limit) throws HssException {
        Instant at = clock.instant();
        listQueries.add(query);
        ListPage<SwrImage> page;
        try {
            page = client.listSwrImages(projectId, query, offset, limit);
        } catch (HssException e) {
            reads.add(new Read(at, offset, query.startLatestScanTime(), 0));
            throw e;
        }
        reads.add(new Read(at, offset, query.startLatestScanTime(), page.rows().size()));
        return page;
    }

    @Override
    public ListPage<Vulnerability> listImageVulnerabilities(String projectId, VulnerabilityQuery query, int offset,
                                                          int limit)
            throws HssException {
        vulnerabilityQueries.add(query);
        return client.listImageVulnerabilities(projectId, query, offset, limit);
    }

    /** How many rows the list pages held in all. */
    int rowsRead() {
        return reads.stream().mapToInt(Read::rows).sum();
    }
}
