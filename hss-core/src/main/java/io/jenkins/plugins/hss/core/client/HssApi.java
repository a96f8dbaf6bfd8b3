package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The HSS calls the engine makes. {@link HssClient} speaks them over HTTP; a test fakes them by
 * implementing the three one-page methods, and gets the paging methods for free. The project is a
 * parameter of each call (the batch-scan request names its own), so one client, and one budget,
 * serves every project of its user.
 */
public interface HssApi {

    /**
     * Triggers the scans ({@code POST /v5/{project_id}/image/batch-scan}); they run asynchronously.
     *
     * @return the answer's {@code Date}: the service's clock when it answered, to whole seconds;
     *         null when the answer had none
     */
    Instant batchScan(BatchScanRequest request) throws HssException;

    /**
     * One page of the SWR image list ({@code GET /v5/{project_id}/image/swr-repository}).
     *
     * @param limit 10 to 200, HSS's page size bounds
     */
    SwrImagePage listSwrImages(String projectId, SwrImageQuery query, int offset, int limit) throws HssException;

    /**
     * One page of an image's vulnerabilities ({@code GET /v5/{project_id}/image/{image_id}/vulnerabilities}).
     *
     * @param limit 10 to 200, HSS's page size bounds
     */
    VulnerabilityPage listImageVulnerabilities(String projectId, VulnerabilityQuery query, int offset, int limit)
            throws HssException;

    /**
     * Hands every image the query selects to {@code sink}, page by page until {@code total_num}.
     *
     * @return the {@code total_num} HSS reported last
     */
    default int forEachSwrImage(String projectId, SwrImageQuery query, int pageSize, Consumer<SwrImage> sink)
            throws HssException {
        return Paging.walk(pageSize, (offset, limit) -> {
            SwrImagePage page = listSwrImages(projectId, query, offset, limit);
            page.images().forEach(sink);
            return new Paging.PageCount(page.totalNum(), page.images().size());
        });
    }

    /**
     * Hands every vulnerability the query selects to {@code sink}, page by page until {@code total_num}.
     *
     * @return the {@code total_num} HSS reported last
     */
    default int forEachImageVulnerability(String projectId, VulnerabilityQuery query, int pageSize,
                                          Consumer<Vulnerability> sink) throws HssException {
        return Paging.walk(pageSize, (offset, limit) -> {
            VulnerabilityPage page = listImageVulnerabilities(projectId, query, offset, limit);
            page.vulnerabilities().forEach(sink);
            return new Paging.PageCount(page.totalNum(), page.vulnerabilities().size());
        });
    }
}
