package io.jenkins.plugins.hss.core.selection;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import java.io.Serializable;

/**
 * The targets of an {@code operate_all} scan, counted before the trigger instead of listed: at
 * 100,000 images a listing takes 500 calls, 99 minutes at HSS's limit, only to learn each image's
 * previous scan time. Counting takes one call, and one bound stands in for every previous scan
 * time but the few recent ones, which are listed and recorded one by one.
 *
 * <p>The completion rule stays the one of {@code TargetState.finished()}: a terminal status with
 * a scan time newer than the image's previous scan. An image not recorded one by one was absent
 * from the listing of scan times at or after {@link #recordedBefore()}, so its previous scan ended
 * before that bound, and any terminal status at or after it is a newer scan. The polls list only
 * that range, which holds every finished target and nothing of the previous scans older than the
 * bound: the targets are discovered as they finish.
 *
 * <p>Both the count and the polls leave out images updated after {@link #updatedBy()}: an image
 * pushed during the wait is not a target, and must not stand in for one in the count.
 *
 * <p>Only a selection whose filters a scan cannot change is counted ({@link #applies}): a
 * {@code scan_status} or scan-time filter selects other images once the scans ran, so such a
 * selection is listed before the trigger, image by image.
 */
public final class CountedSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int expected;
    private final long recordedBefore;
    private final long updatedBy;

    /**
     * @param expected       how many images the selection held before the trigger
     * @param recordedBefore epoch ms: every target not recorded one by one had its previous scan end before it
     * @param updatedBy      epoch ms: images updated after it are not targets
     */
    public CountedSelection(int expected, long recordedBefore, long updatedBy) {
        this.expected = expected;
        this.recordedBefore = recordedBefore;
        this.updatedBy = updatedBy;
    }

    /** Whether the targets of {@code request} may be counted rather than listed. */
    public static boolean applies(BatchScanRequest request) {
        return request.selectsByFilter() && request.scanStatus() == null
                && request.startLatestScanTime() == null && request.endLatestScanTime() == null;
    }

    /** The selection of {@code request}, without the images updated after {@code updatedBy}. */
    public static SwrImageQuery selecting(BatchScanRequest request, long updatedBy) {
        Long end = request.endLatestUpdateTime();
        return SwrImageQuery.selecting(request).toBuilder()
                .endLatestUpdateTime(end == null ? updatedBy : Math.min(end, updatedBy)).build();
    }

    /** The images of the selection with a scan time at or after {@code recordedBefore}. */
    public static SwrImageQuery scannedSince(BatchScanRequest request, long updatedBy, long recordedBefore) {
        return selecting(request, updatedBy).toBuilder().startLatestScanTime(recordedBefore).build();
    }

    /**
     * What a poll lists for this selection: the images with a scan time from {@code since} to
     * {@code until} (null: no end). From {@link #recordedBefore()} on, that is each target that
     * finished and the recent records.
     */
    SwrImageQuery pollQuery(BatchScanRequest request, long since, Long until) {
        return scannedSince(request, updatedBy, since).toBuilder().endLatestScanTime(until).build();
    }

    /** How many of the {@link #expected()} targets are not among the {@code known} ones. */
    public int unseen(int known) {
        return Math.max(0, expected - known);
    }

    /** How many images the selection held before the trigger. */
    public int expected() {
        return expected;
    }

    /** Epoch ms: every target not recorded one by one had its previous scan end before it. */
    public long recordedBefore() {
        return recordedBefore;
    }

    /** Epoch ms: images updated after it are not targets. */
    public long updatedBy() {
        return updatedBy;
    }
}
