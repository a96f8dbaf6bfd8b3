package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The rows of one listing, one per image, whatever order they came in. An image can rightly show
 * twice in a listing: a page read again, or offsets that shifted while the pages were read. The
 * two rows then tell of one image at two moments, and the later moment wins: the later scan
 * time, else (at the same scan time) the row still before or in a scan, since the other shows
 * the previous result. Two rows that both show a scan ended at the same scan time, differently,
 * cannot both be true: the image's answer is a contradiction, never "the last row wins", which
 * would pass or fail the build on the order of the rows.
 */
public final class ListedRows {

    /** In the order first listed, so that targets keep the order the service lists them in. */
    private final Map<ImageKey, SwrImage> rows = new LinkedHashMap<>();
    private final Map<ImageKey, String> contradictions = new HashMap<>();

    /** The rows of {@code images}, listed for {@code imageType}. */
    public static ListedRows of(List<SwrImage> images, String imageType) {
        ListedRows rows = new ListedRows();
        images.forEach(image -> rows.add(image, imageType));
        return rows;
    }

    /** Adds a row listed for {@code imageType} (which fills in when the row leaves its type out). */
    void add(SwrImage image, String imageType) {
        ImageKey key = ImageKey.of(image, imageType);
        if (contradictions.containsKey(key)) {
            return;
        }
        SwrImage known = rows.get(key);
        if (known == null || known.equals(image)) {
            rows.put(key, image);
            return;
        }
        SwrImage later = later(known, image);
        if (later == null) {
            rows.remove(key);
            contradictions.put(key, EngineMessages.format("rows.contradict", key.reference(), describe(known, image),
                    describe(image, known)));
        } else {
            rows.put(key, later);
        }
    }

    /** Whether no image shows twice among {@code images}, listed for {@code imageType}. */
    public static boolean noneTwice(List<SwrImage> images, String imageType) {
        Set<ImageKey> keys = new HashSet<>();
        for (SwrImage image : images) {
            if (!keys.add(ImageKey.of(image, imageType))) {
                return false;
            }
        }
        return true;
    }

    /** Every image listed, by key, its contradicted ones left out. */
    public Map<ImageKey, SwrImage> images() {
        return Collections.unmodifiableMap(rows);
    }

    /** The images whose rows contradict each other, and how. */
    public Map<ImageKey, String> contradictions() {
        return Collections.unmodifiableMap(contradictions);
    }

    /** The row of the later moment, or null when the two cannot both be true. */
    private static SwrImage later(SwrImage a, SwrImage b) {
        Long timeA = a.latestScanTime();
        Long timeB = b.latestScanTime();
        if (timeA != null && timeB != null && !timeA.equals(timeB)) {
            return timeA > timeB ? a : b;
        }
        boolean pendingA = ScanStatus.isPending(a.scanStatus());
        boolean pendingB = ScanStatus.isPending(b.scanStatus());
        if (pendingA && pendingB) {
            return rank(a) >= rank(b) ? a : b;
        }
        if (pendingA != pendingB) {
            return pendingA ? a : b;
        }
        return sameResult(a, b) ? a : null;
    }

    /** Whether two rows tell the same of the scan, in everything a gate reads. */
    private static boolean sameResult(SwrImage a, SwrImage b) {
        return Objects.equals(a.scanStatus(), b.scanStatus()) && Objects.equals(a.scanFailedDesc(), b.scanFailedDesc())
                && Objects.equals(a.vulNum(), b.vulNum()) && Objects.equals(a.maliciousFileNum(), b.maliciousFileNum())
                && Objects.equals(a.unsafeSettingNum(), b.unsafeSettingNum()) && Objects.equals(a.imageId(), b.imageId());
    }

    /** Between two rows still before their scan, the one further on (the order does not decide). */
    private static int rank(SwrImage image) {
        return ScanStatus.fromWire(image.scanStatus()).map(Enum::ordinal).orElse(-1);
    }

    /** The fields in which {@code row} differs from {@code other}, e.g. {@code scan_status failed}. */
    private static String describe(SwrImage row, SwrImage other) {
        List<String> fields = new ArrayList<>();
        field(fields, "scan_status", row, other, SwrImage::scanStatus);
        field(fields, "scan_failed_desc", row, other, SwrImage::scanFailedDesc);
        field(fields, "vul_num", row, other, SwrImage::vulNum);
        field(fields, "malicious_file_num", row, other, SwrImage::maliciousFileNum);
        field(fields, "unsafe_setting_num", row, other, SwrImage::unsafeSettingNum);
        field(fields, "image_id", row, other, SwrImage::imageId);
        return fields.isEmpty() ? "another row" : String.join(", ", fields);
    }

    private static void field(List<String> fields, String name, SwrImage row, SwrImage other,
                              Function<SwrImage, Object> value) {
        if (!Objects.equals(value.apply(row), value.apply(other))) {
            fields.add(name + " " + value.apply(row));
        }
    }
}
