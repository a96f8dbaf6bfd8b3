package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The images of the simulated account in a stable order (by {@code id}, the scenario's order), so
 * that paging with offset and limit is consistent. A selection reads each image once: O(N).
 */
final class ImageCatalog {

    /** An image with its scan state at the instant of a request. */
    record Match(ImageRecord record, ScanView view) {
    }

    private final List<ImageRecord> records;
    private final Map<String, ImageRecord> byImageId = new HashMap<>();
    private final Map<String, ImageRecord> byReference = new HashMap<>();

    ImageCatalog(Scenario scenario) {
        List<ScenarioImage> images = scenario.images();
        this.records = new ArrayList<>(images.size());
        for (ScenarioImage image : images) {
            ImageRecord record = new ImageRecord(records.size() + 1L, image);
            records.add(record);
            byImageId.put(record.imageId(), record);
            byReference.put(referenceKey(image.type(), image.ref()), record);
        }
    }

    List<Match> select(ImageFilter filter, Instant now) {
        List<Match> matches = new ArrayList<>();
        long nowMillis = now.toEpochMilli();
        for (ImageRecord record : records) {
            // Polls filter on scan times and select few of many images: reject those first, cheaply.
            if (!filter.scanTimeMatches(record.scannedAtMillis(nowMillis))) {
                continue;
            }
            ScanView view = record.viewAt(now);
            if (filter.matches(record, view)) {
                matches.add(new Match(record, view));
            }
        }
        return matches;
    }

    Optional<ImageRecord> find(ImageType type, ImageRef ref) {
        return Optional.ofNullable(byReference.get(referenceKey(type, ref)));
    }

    Optional<ImageRecord> findByImageId(String imageId) {
        return Optional.ofNullable(byImageId.get(imageId));
    }

    private static String referenceKey(ImageType type, ImageRef ref) {
        return type.wireName() + " " + ref;
    }
}
