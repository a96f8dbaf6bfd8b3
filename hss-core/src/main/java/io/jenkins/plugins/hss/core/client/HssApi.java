package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.util.function.Consumer;

/**
 * The HSS calls the engine makes. {@link HssClient} speaks them over HTTP; a test fakes them by
 * implementing the one-page and the sync methods, and gets the paging methods for free. The project is a
 * parameter of each call (the batch-scan request names its own), so one client, and one budget,
 * serves every project of its user.
 */
public interface HssApi {

    /** Triggers the scans ({@code POST /v5/{project_id}/image/batch-scan}); they run asynchronously. */
    void batchScan(BatchScanRequest request) throws HssException;

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
     * Asks HSS to refresh its copy of the SWR private or shared repository, so that it lists images
     * pushed since ({@code POST /v5/{project_id}/image/synchronize}, RunImageSynchronize; its docs:
     * "to get the latest images from SWR, call the synchronize API first"). The sync runs
     * asynchronously; the answer says whether one started.
     *
     * @param imageType {@code private_image} or {@code shared_image}, the only types the call takes
     */
    SyncAnswer synchronize(String projectId, ImageType imageType, String enterpriseProjectId) throws HssException;

    /**
     * Asks HSS to refresh its copy of every registry it knows, the SWR Enterprise instances among
     * them ({@code POST /v5/{project_id}/image/image-sync/tasks} with {@code sync_all_registries},
     * CreateImageSynchronizeTask). The answer has no fields: it does not say whether a sync started.
     */
    void synchronizeAllRegistries(String projectId, String enterpriseProjectId) throws HssException;

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
