package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.SwrImagePage;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.client.VulnerabilityPage;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real client, noting the instant, offset and {@code start_latest_scan_time} of every
 * repository list page it is asked for.
 */
final class PageLog implements HssApi {

    record Read(Instant at, int offset, Long since) {
    }

    private final HssApi client;
    private final Clock clock;
    final List<Read> reads = new CopyOnWriteArrayList<>();

    PageLog(HssApi client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    @Override
    public Instant batchScan(BatchScanRequest request) throws HssException {
        return client.batchScan(request);
    }

    @Override
    public SwrImagePage listSwrImages(String projectId, SwrImageQuery query, int offset, int limit) throws HssException {
        reads.add(new Read(clock.instant(), offset, query.startLatestScanTime()));
        return client.listSwrImages(projectId, query, offset, limit);
    }

    @Override
    public VulnerabilityPage listImageVulnerabilities(String projectId, VulnerabilityQuery query, int offset,
                                                          int limit)
            throws HssException {
        return client.listImageVulnerabilities(projectId, query, offset, limit);
    }
}
