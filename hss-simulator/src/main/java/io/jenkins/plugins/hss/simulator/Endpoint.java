package io.jenkins.plugins.hss.simulator;

/**
 * The APIs the simulator serves, the unit of request counting, rate limiting and fault injection.
 * Requests that match none of them (404 APIG.0101) are counted as {@link #UNKNOWN}.
 */
public enum Endpoint {
    /** {@code POST /v3/auth/tokens}: IAM token for a user and password. */
    IAM_TOKENS,
    /** {@code POST /v5/{project_id}/image/batch-scan}. */
    BATCH_SCAN,
    /** {@code GET /v5/{project_id}/image/swr-repository}. */
    LIST_SWR_IMAGES,
    /** {@code GET /v5/{project_id}/image/{image_id}/vulnerabilities}. */
    LIST_IMAGE_VULNERABILITIES,
    /** {@code POST /v5/{project_id}/image/synchronize} (RunImageSynchronize, deprecated). */
    RUN_IMAGE_SYNCHRONIZE,
    /** {@code POST /v5/{project_id}/image/image-sync/tasks} (CreateImageSynchronizeTask). */
    CREATE_IMAGE_SYNC_TASK,
    /** {@code POST /v5/{project_id}/image/image-scan/tasks} (CreateManualImageScanTask). */
    CREATE_IMAGE_SCAN_TASK,
    /** {@code GET /v5/{project_id}/image/tasks} (ListImageScanTask). */
    LIST_IMAGE_TASKS,
    /** {@code PUT /v5/{project_id}/image/image-scan/tasks/{task_id}/stop} (StopImageScanTask). */
    STOP_IMAGE_SCAN_TASK,
    /** {@code GET /v5/{project_id}/image/registries} (ListRegistry). */
    LIST_REGISTRIES,
    /** {@code GET /v5/{project_id}/image/registries/images} (ListRegistryImages). */
    LIST_REGISTRY_IMAGES,
    /** {@code GET /v5/{project_id}/image/{image_id}/malwares} (ListImageMalware). */
    LIST_IMAGE_MALWARES,
    /** {@code GET /v5/{project_id}/image/baseline/risk-configs} (ListImageRiskConfigs). */
    LIST_IMAGE_RISK_CONFIGS,
    /** {@code GET /v5/{project_id}/images/vulnerabilities} (ListGeneralImageVuls). */
    LIST_GENERAL_IMAGE_VULNERABILITIES,
    /** Any other path or method. */
    UNKNOWN;

    /** The lower-case name used by the admin endpoints. */
    public String adminName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
