package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The images of the simulated account in a stable order (by {@code id}, the scenario's order,
 * then pushes), so that paging with offset and limit is consistent. A selection reads each image
 * once: O(N). Only images in HSS's copy of their registry are selected: a pushed image waits for
 * a sync ({@link SyncLedger}).
 */
final class ImageCatalog {

    /** An image with its scan state at the instant of a request. */
    record Match(ImageRecord record, ScanView view) {
    }

    private final List<ImageRecord> records;
    private final Map<String, ImageRecord> byImageId = new ConcurrentHashMap<>();
    private final Map<String, ImageRecord> byReference = new ConcurrentHashMap<>();
    private final SyncLedger syncs;

    ImageCatalog(Scenario scenario, SyncLedger syncs) {
        this.syncs = syncs;
        List<ScenarioImage> images = scenario.images();
        List<ImageRecord> initial = new ArrayList<>(images.size());
        for (ScenarioImage image : images) {
            ImageRecord record = new ImageRecord(initial.size() + 1L, image);
            initial.add(record);
            index(record);
        }
        this.records = new CopyOnWriteArrayList<>(initial);
    }

    /** Adds an image pushed during the simulation; it is listed after the next sync of its registry. */
    synchronized ImageRecord push(ScenarioImage image) {
        if (byReference.containsKey(image.identity())) {
            throw new IllegalArgumentException(image.identity() + " is already in the registry");
        }
        ImageRecord record = new ImageRecord(records.size() + 1L, image);
        index(record);
        records.add(record);
        return record;
    }

    List<Match> select(ImageFilter filter, Instant now) {
        List<Match> matches = new ArrayList<>();
        long nowMillis = now.toEpochMilli();
        for (ImageRecord record : records) {
            // Polls filter on scan times and select few of many images: reject those first, cheaply.
            if (!isListed(record, now) || !filter.scanTimeMatches(record.scannedAtMillis(nowMillis))) {
                continue;
            }
            ScanView view = record.viewAt(now);
            if (filter.matches(record, view)) {
                matches.add(new Match(record, view));
            }
        }
        return matches;
    }

    /** Every image in HSS's copy at {@code now}, in order. */
    List<ImageRecord> listed(Instant now) {
        return records.stream().filter(record -> isListed(record, now)).toList();
    }

    /** Every image of the registries, synced or not (registry contents, for the registry list). */
    List<ImageRecord> all() {
        return records;
    }

    /** The image, whether or not HSS lists it yet. */
    Optional<ImageRecord> find(ImageType type, ImageRef ref) {
        return records.stream().filter(record -> record.image().type() == type && record.image().ref().equals(ref))
                .findFirst();
    }

    /** The image of that type, reference and (for enterprise and Harbor/JFrog images) place, if HSS lists it. */
    Optional<ImageRecord> findListed(String identity, Instant now) {
        return Optional.ofNullable(byReference.get(identity)).filter(record -> isListed(record, now));
    }

    /** The image with that {@code image_id}, if HSS lists it. */
    Optional<ImageRecord> findByImageId(String imageId, Instant now) {
        return Optional.ofNullable(byImageId.get(imageId)).filter(record -> isListed(record, now));
    }

    /** Whether HSS's copy of the image's registry has it at {@code now}. */
    boolean isListed(ImageRecord record, Instant now) {
        Instant pushedAt = record.image().details().pushedAt();
        if (pushedAt == null) {
            return true;
        }
        String registryId = record.registryId();
        return registryId == null ? !now.isBefore(pushedAt) : syncs.isSynced(pushedAt, registryId, now);
    }

    private void index(ImageRecord record) {
        byImageId.put(record.imageId(), record);
        byReference.put(record.image().identity(), record);
    }
}
