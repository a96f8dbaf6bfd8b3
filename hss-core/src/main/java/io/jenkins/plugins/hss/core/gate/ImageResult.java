package io.jenkins.plugins.hss.core.gate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the watcher learned about one target image: the input of the gate for that image.
 *
 * @param imageType          {@code private_image} or {@code shared_image}
 * @param imageId            HSS's {@code image_id}, null when the image was not found
 * @param status             the {@code scan_status} last seen, null when never seen
 * @param failureDescription {@code scan_failed_desc}, null when none
 * @param scanTime           the {@code latest_scan_time} of this run's scan, null unless finished
 */
public record ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                          String imageId, ImageState state, String status, String failureDescription,
                          Instant scanTime, Findings findings) {

    public ImageResult {
        Objects.requireNonNull(state, "state");
        findings = findings == null ? Findings.NONE : findings;
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
        return state == ImageState.FINISHED && status != null ? status : state.wireName();
    }
}
