package io.jenkins.plugins.hss.core.budget;

/** The HSS APIs the watcher calls; HSS limits the rate of each one separately. */
public enum ApiName {
    /** {@code POST /v5/{project_id}/image/batch-scan}. */
    BATCH_SCAN("batch-scan"),
    /** {@code GET /v5/{project_id}/image/swr-repository}. */
    SWR_REPOSITORY("swr-repository"),
    /** {@code GET /v5/{project_id}/image/{image_id}/vulnerabilities}. */
    IMAGE_VULNERABILITIES("vulnerabilities"),
    /** {@code POST /v5/{project_id}/image/synchronize}: HSS's copy of the SWR private or shared repository. */
    SYNCHRONIZE("synchronize"),
    /** {@code POST /v5/{project_id}/image/image-sync/tasks}: HSS's copy of every registry (SWR Enterprise). */
    IMAGE_SYNC_TASKS("image-sync-tasks"),
    /** {@code POST /v5/{project_id}/image/image-scan/tasks} (CreateManualImageScanTask): the newer trigger. */
    IMAGE_SCAN_TASKS("image-scan-tasks"),
    /** {@code GET /v5/{project_id}/image/registries/images} (ListRegistryImages): the newer image list. */
    REGISTRY_IMAGES("registries-images"),
    /** {@code GET /v5/{project_id}/image/registries} (ListRegistry): whether the service offers the newer API. */
    REGISTRIES("registries"),
    /** {@code GET /v5/{project_id}/image/tasks} (ListImageScanTask): to find the scan task of a run that is stopped. */
    IMAGE_TASKS("image-tasks"),
    /** {@code PUT /v5/{project_id}/image/image-scan/tasks/{task_id}/stop} (StopImageScanTask). */
    STOP_IMAGE_SCAN_TASK("image-scan-tasks-stop"),
    /** {@code GET /v5/{project_id}/images/vulnerabilities} (ListGeneralImageVuls): CVEs and CVSS scores, for CVE thresholds. */
    GENERAL_IMAGE_VULNERABILITIES("images-vulnerabilities");

    private final String label;

    ApiName(String label) {
        this.label = label;
    }

    /** A short name for events and reports. */
    public String label() {
        return label;
    }
}
