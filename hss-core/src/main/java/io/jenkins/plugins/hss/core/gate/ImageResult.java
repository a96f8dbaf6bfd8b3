package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.ScanStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the watcher learned about one target image: the input of the gate for that image.
 *
 * @param imageType          {@code private_image}, {@code shared_image} or {@code instance_image}
 * @param imageId            HSS's {@code image_id}, null when the image was not found
 * @param status             the {@code scan_status} last seen, null when never seen
 * @param failureDescription {@code scan_failed_desc}, null when none
 * @param scanTime           the {@code latest_scan_time} of this run's scan, null unless finished
 * @param problem            what was wrong with HSS's answers about the image, for
 *                           {@link ImageState#MALFORMED_ANSWER}; for {@link ImageState#NOT_FOUND},
 *                           what the run did to find it (asking HSS to sync, and how that went),
 *                           when it did more than list; null otherwise
 * @param instanceId         the SWR Enterprise instance of an {@code instance_image}, null for others
 * @param taskFailure        why the run's own scan task (newer image API) lists the image among its
 *                           {@code failed_images}; null when it does not, or was not read
 */
public record ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                          String imageId, ImageState state, String status, String failureDescription,
                          Instant scanTime, Findings findings, String problem, String instanceId,
                          String taskFailure) {

    public ImageResult {
        Objects.requireNonNull(state, "state");
        findings = findings == null ? Findings.NONE : findings;
    }

    /** A result of an image that no scan task lists as failed. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, ImageState state, String status, String failureDescription,
                       Instant scanTime, Findings findings, String problem, String instanceId) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, problem, instanceId, null);
    }

    /** This result, with the reason its scan task gave for failing it. */
    public ImageResult withTaskFailure(String reason) {
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state, status,
                failureDescription, scanTime, findings, problem, instanceId, reason);
    }

    /** A result of an image that is in no SWR Enterprise instance. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, ImageState state, String status, String failureDescription,
                       Instant scanTime, Findings findings, String problem) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, problem, null);
    }

    /** A result whose answers were well-formed. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, ImageState state, String status, String failureDescription,
                       Instant scanTime, Findings findings) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, null, null);
    }

    /** This result with {@code replacement} findings (its CVEs, once the run's one CVE listing is joined). */
    public ImageResult withFindings(Findings replacement) {
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription,
                scanTime, replacement, problem, instanceId);
    }

    /** {@code namespace/image_name:image_version}, as a user writes the image. */
    public String reference() {
        return namespace + "/" + imageName + ":" + imageVersion;
    }

    /**
     * The failure description when it says more than the status: HSS often repeats the status in it
     * (an oversized image is described as {@code image_oversized}), which no one needs to read twice.
     */
    public Optional<String> failureDetail() {
        if (failureDescription == null || failureDescription.isBlank()
                || failureDescription.strip().equalsIgnoreCase(status)) {
            return Optional.empty();
        }
        return Optional.of(failureDescription);
    }

    /** The status for totals: the scan status when finished, else the state. */
    public String statusOrState() {
        return state == ImageState.FINISHED ? ScanStatus.describe(status) : state.wireName();
    }
}
