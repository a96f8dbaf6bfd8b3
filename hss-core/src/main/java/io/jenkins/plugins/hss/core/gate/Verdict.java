package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.Outcome;
import java.util.List;
import java.util.Objects;

/**
 * The gate's decision for the run: the worst outcome over all images and total thresholds.
 *
 * @param images   every target image, judged, in target order
 * @param reasons  one line per image (or total threshold) whose outcome equals the verdict's;
 *                 empty for SUCCESS
 * @param unlisted targets counted but not named (an {@code operate_all} selection), and their outcome
 */
public record Verdict(Outcome outcome, List<ImageResult> images, List<String> reasons, UnlistedImages unlisted) {

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        images.forEach(image -> {
            if (!image.isJudged()) {
                throw new IllegalArgumentException("an image of a verdict must be judged: " + image.reference());
            }
        });
        images = List.copyOf(images);
        reasons = List.copyOf(reasons);
        unlisted = unlisted == null ? UnlistedImages.NONE : unlisted;
    }

    /** A verdict on named images only. */
    public Verdict(Outcome outcome, List<ImageResult> images, List<String> reasons) {
        this(outcome, images, reasons, UnlistedImages.NONE);
    }

    /**
     * Whether an answer that proves nothing decided this verdict: an image whose answers were
     * malformed or contradicted each other carries the verdict's outcome. Faces report such a
     * verdict as a failure of the service's answers (the CLI's exit code 4), not of the scan.
     */
    public boolean decidedByMalformedAnswer() {
        return outcome != Outcome.SUCCESS && images.stream()
                .anyMatch(image -> image.outcome() == outcome && image.state() == WaitEnd.MALFORMED_ANSWER);
    }

    /**
     * Whether the wait running out decided this verdict: an image whose scan timed out or never
     * started carries the verdict's (unsuccessful) outcome. Faces report such a verdict as a timeout,
     * not as findings, since waiting longer may change it.
     */
    public boolean decidedByTimeout() {
        return outcome != Outcome.SUCCESS
                && (images.stream().anyMatch(image -> image.outcome() == outcome && image.state().waitRanOut())
                    || unlisted.any() && unlisted.outcome() == outcome);
    }
}
