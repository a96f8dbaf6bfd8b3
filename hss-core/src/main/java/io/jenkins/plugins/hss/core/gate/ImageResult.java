package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One target image at the end of its wait: what the watcher learned (the gate's input), and once
 * the {@link Gate} judged it, the outcome and why. One type for the image before and after the
 * gate, so that a report reads an image's answers and its verdict in one place.
 *
 * @param imageType          {@code private_image}, {@code shared_image} or {@code instance_image}
 * @param imageId            HSS's {@code image_id}, null when the image was not found
 * @param status             the {@code scan_status} last seen, null when never seen
 * @param failureDescription {@code scan_failed_desc}, null when none
 * @param scanTime           the {@code latest_scan_time} of this run's scan, null unless finished
 * @param problem            what was wrong with HSS's answers about the image, for
 *                           {@link WaitEnd#MALFORMED_ANSWER}; for {@link WaitEnd#NOT_FOUND},
 *                           what the run did to find it (asking HSS to sync, and how that went),
 *                           when it did more than list; null otherwise
 * @param instanceId         the SWR Enterprise instance of an {@code instance_image}, null for others
 * @param taskFailure        why the run's own scan task (newer image API) lists the image among its
 *                           {@code failed_images}; null when it does not, or was not read
 * @param outcome            the gate's decision for the image; null until it is {@link #judged judged}
 * @param reason             why the outcome is not SUCCESS, in one line; null for SUCCESS and
 *                           before the image is judged
 */
public record ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                          String imageId, WaitEnd state, String status, String failureDescription,
                          Instant scanTime, Findings findings, String problem, String instanceId,
                          String taskFailure, Outcome outcome, String reason) {

    public ImageResult {
        Objects.requireNonNull(state, "state");
        findings = findings == null ? Findings.NONE : findings;
    }

    /** A result the gate has not judged yet. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, WaitEnd state, String status, String failureDescription,
                       Instant scanTime, Findings findings, String problem, String instanceId,
                       String taskFailure) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, problem, instanceId, taskFailure, null, null);
    }

    /** A result of an image that no scan task lists as failed. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, WaitEnd state, String status, String failureDescription,
                       Instant scanTime, Findings findings, String problem, String instanceId) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, problem, instanceId, null);
    }

    /** This result, with the reason its scan task gave for failing it. */
    public ImageResult withTaskFailure(String why) {
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state, status,
                failureDescription, scanTime, findings, problem, instanceId, why, outcome, reason);
    }

    /** A result of an image that is in no SWR Enterprise instance. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, WaitEnd state, String status, String failureDescription,
                       Instant scanTime, Findings findings, String problem) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, problem, null);
    }

    /** A result whose answers were well-formed. */
    public ImageResult(String imageType, String namespace, String imageName, String imageVersion,
                       String imageId, WaitEnd state, String status, String failureDescription,
                       Instant scanTime, Findings findings) {
        this(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription, scanTime,
                findings, null, null);
    }

    /** This result with {@code replacement} findings (its CVEs, once the run's one CVE listing is joined). */
    public ImageResult withFindings(Findings replacement) {
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription,
                scanTime, replacement, problem, instanceId, taskFailure, outcome, reason);
    }

    /** This result as the gate judged it: {@code outcome}, and {@code why} when it is not SUCCESS. */
    public ImageResult judged(Outcome judged, String why) {
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state, status, failureDescription,
                scanTime, findings, problem, instanceId, taskFailure, Objects.requireNonNull(judged, "outcome"), why);
    }

    /** Whether the gate judged this result (every image of a {@link Verdict} is). */
    public boolean isJudged() {
        return outcome != null;
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
        return state == WaitEnd.FINISHED ? ScanStatus.describe(status) : state.wireName();
    }
}
