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
    /** Any other path or method. */
    UNKNOWN;

    /** The lower-case name used by the admin endpoints. */
    public String adminName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
