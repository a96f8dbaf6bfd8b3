package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.model.SwrImage;
import java.util.function.Predicate;

/**
 * One image a wait still needs news of.
 *
 * @param enterpriseProjectId the enterprise project to list in, null for the default
 * @param scanTimeFloor       the lowest {@code latest_scan_time} that could mean "finished" for
 *                            this image, or null when the wait must see the image whatever its
 *                            scan time (to learn whether it started)
 * @param finishedBy          whether a listing of the image shows the scan the wait is for as
 *                            over (the completion rule of {@code TargetState.finished()})
 */
public record Interest(ImageKey key, String enterpriseProjectId, Long scanTimeFloor, Predicate<SwrImage> finishedBy) {

    /** An image to be listed once, whatever its state (the resolution before the trigger). */
    public static Interest once(ImageKey key, String enterpriseProjectId) {
        return new Interest(key, enterpriseProjectId, null, image -> true);
    }
}
