package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * What a console, a build page or a pipeline's returned value shows of a report that may name
 * 100,000 images: at most {@code limit} images and {@code limit} reasons, and how many were left
 * out. When the images do not all fit, those that did not pass are kept first (they are what a
 * reader looks for), the passed ones fill the rest; the kept ones stay in target order. The
 * totals of the report are not affected: they count every image.
 *
 * @param images         the images shown, in target order
 * @param imagesOmitted  how many images are not shown
 * @param failedOmitted  how many of those did not pass
 * @param reasons        the first reasons of the verdict
 * @param reasonsOmitted how many reasons are not shown
 */
public record ReportExcerpt(List<ImageResult> images, int imagesOmitted, int failedOmitted,
                            List<String> reasons, int reasonsOmitted) {

    public ReportExcerpt {
        images = List.copyOf(images);
        reasons = List.copyOf(reasons);
    }

    /** The excerpt of {@code report} with at most {@code limit} images and reasons. */
    public static ReportExcerpt of(ScanReport report, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        List<ImageResult> all = report.images();
        List<String> reasons = report.verdict().reasons();
        List<String> shownReasons = reasons.size() <= limit ? reasons : reasons.subList(0, limit);
        if (all.size() <= limit) {
            return new ReportExcerpt(all, 0, 0, shownReasons, reasons.size() - shownReasons.size());
        }
        boolean[] kept = new boolean[all.size()];
        int room = keep(all, kept, limit, true);
        keep(all, kept, room, false);
        List<ImageResult> shown = new ArrayList<>(limit);
        int failedOmitted = 0;
        for (int i = 0; i < all.size(); i++) {
            if (kept[i]) {
                shown.add(all.get(i));
            } else if (all.get(i).outcome() != Outcome.SUCCESS) {
                failedOmitted++;
            }
        }
        return new ReportExcerpt(shown, all.size() - shown.size(), failedOmitted,
                shownReasons, reasons.size() - shownReasons.size());
    }

    /** Marks up to {@code room} images that did ({@code failed == false}) or did not pass; returns the room left. */
    private static int keep(List<ImageResult> all, boolean[] kept, int room, boolean failed) {
        for (int i = 0; i < all.size() && room > 0; i++) {
            if (!kept[i] && (all.get(i).outcome() != Outcome.SUCCESS) == failed) {
                kept[i] = true;
                room--;
            }
        }
        return room;
    }

    /** Whether anything was left out. */
    public boolean truncated() {
        return imagesOmitted > 0 || reasonsOmitted > 0;
    }
}
