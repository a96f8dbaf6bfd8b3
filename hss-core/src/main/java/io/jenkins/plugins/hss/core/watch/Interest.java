package io.jenkins.plugins.hss.core.watch;

/**
 * One image a wait still needs news of.
 *
 * @param enterpriseProjectId the enterprise project to list in, null for the default
 * @param scanTimeFloor       the lowest {@code latest_scan_time} that could mean "finished" for
 *                            this image, or null when the wait must see the image whatever its
 *                            scan time (to learn whether it started)
 */
record Interest(ImageKey key, String enterpriseProjectId, Long scanTimeFloor) {
}
