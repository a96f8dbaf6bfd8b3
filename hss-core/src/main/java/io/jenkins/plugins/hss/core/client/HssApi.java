package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.ImageMalware;
import io.jenkins.plugins.hss.core.model.ImageRiskConfig;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.Registry;
import io.jenkins.plugins.hss.core.model.RegistryImage;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Instant;

/**
 * The HSS calls the engine makes. {@link HssClient} speaks them over HTTP; a test fakes them by
 * implementing the one-page and the sync methods (the engine pages through its call queues,
 * one page a call). The project is a
 * parameter of each call (the batch-scan request names its own), so one client, and one budget,
 * serves every project of its user.
 *
 * <p>The calls of the newer image API (scan tasks, registries, registry images and their findings;
 * Huawei's replacement of batch-scan and swr-repository) have defaults that refuse, so that a
 * fake of the older API need not speak them; {@link HssClient} speaks them all. A service that
 * does not offer them answers {@link HssApiException#isNotOffered()}.
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
    ListPage<SwrImage> listSwrImages(String projectId, SwrImageQuery query, int offset, int limit) throws HssException;

    /**
     * One page of an image's vulnerabilities ({@code GET /v5/{project_id}/image/{image_id}/vulnerabilities}).
     *
     * @param limit 10 to 200, HSS's page size bounds
     */
    ListPage<Vulnerability> listImageVulnerabilities(String projectId, VulnerabilityQuery query, int offset, int limit)
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

    // The newer image API (docs/client.md#the-newer-image-api)

    /**
     * Starts a scan task of registry images ({@code POST /v5/{project_id}/image/image-scan/tasks},
     * CreateManualImageScanTask, {@code global_image_type=registry}); the scans run asynchronously.
     * The answer names no task: {@link Accepted#serverDate()} is what finds it in {@link #listImageTasks}.
     */
    default Accepted createImageScanTask(String projectId, ImageScanTaskRequest request) throws HssException {
        throw notSpoken("CreateManualImageScanTask");
    }

    /**
     * One page of the scan tasks or syncs ({@code GET /v5/{project_id}/image/tasks}, ListImageScanTask).
     *
     * @param limit 10 to 200
     */
    default ListPage<ImageScanTask> listImageTasks(String projectId, ImageTaskQuery query, int offset, int limit)
            throws HssException {
        throw notSpoken("ListImageScanTask");
    }

    /**
     * Stops a scan task ({@code PUT /v5/{project_id}/image/image-scan/tasks/{task_id}/stop},
     * StopImageScanTask): it shows {@code task_status} -1 from then on.
     *
     * @param enterpriseProjectId null for the default enterprise project
     */
    default Accepted stopImageScanTask(String projectId, String taskId, String enterpriseProjectId)
            throws HssException {
        throw notSpoken("StopImageScanTask");
    }

    /**
     * One page of the registries HSS knows ({@code GET /v5/{project_id}/image/registries}, ListRegistry).
     * A service without the newer API answers it {@link HssApiException#isNotOffered()}.
     *
     * @param limit 10 to 200
     */
    default ListPage<Registry> listRegistries(String projectId, RegistryQuery query, int offset, int limit)
            throws HssException {
        throw notSpoken("ListRegistry");
    }

    /**
     * Refreshes HSS's copy of registries, so that it lists images pushed since
     * ({@code POST /v5/{project_id}/image/image-sync/tasks}, CreateImageSynchronizeTask).
     */
    default Accepted createImageSyncTask(String projectId, ImageSyncRequest request) throws HssException {
        throw notSpoken("CreateImageSynchronizeTask");
    }

    /**
     * One page of the images of the registries HSS knows
     * ({@code GET /v5/{project_id}/image/registries/images}, ListRegistryImages).
     *
     * @param limit 1 to 200
     */
    default ListPage<RegistryImage> listRegistryImages(String projectId, RegistryImageQuery query, int offset,
                                                       int limit) throws HssException {
        throw notSpoken("ListRegistryImages");
    }

    /**
     * One page of an image's malicious files ({@code GET /v5/{project_id}/image/{image_id}/malwares},
     * ListImageMalware).
     *
     * @param limit 10 to 200
     */
    default ListPage<ImageMalware> listImageMalwares(String projectId, MalwareQuery query, int offset, int limit)
            throws HssException {
        throw notSpoken("ListImageMalware");
    }

    /**
     * One page of images' baseline results ({@code GET /v5/{project_id}/image/baseline/risk-configs},
     * ListImageRiskConfigs).
     *
     * @param limit 10 to 200
     */
    default ListPage<ImageRiskConfig> listImageRiskConfigs(String projectId, RiskConfigQuery query, int offset,
                                                           int limit) throws HssException {
        throw notSpoken("ListImageRiskConfigs");
    }

    /**
     * One page of the vulnerabilities across images, with severity, CVEs and CVSS
     * ({@code GET /v5/{project_id}/images/vulnerabilities}, ListGeneralImageVuls).
     *
     * @param limit 10 to 200
     */
    default ListPage<GeneralImageVulnerability> listGeneralImageVulnerabilities(String projectId,
            GeneralVulnerabilityQuery query, int offset, int limit) throws HssException {
        throw notSpoken("ListGeneralImageVuls");
    }

    /** What a fake that speaks only the older API answers a newer call: a test that reaches it is wrong. */
    private static UnsupportedOperationException notSpoken(String api) {
        return new UnsupportedOperationException("this HssApi does not speak " + api);
    }
}
