package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /v5/{project_id}/image/batch-scan}: validates like the service, then starts a scan
 * of every image named in {@code image_info_list}, or of every image the filter fields select
 * when {@code operate_all} is true. Images that do not exist, or that HSS does not list yet, are
 * skipped without error; so are items that do not name one image (the docs make every item field
 * optional, and an image is its namespace, name and tag, plus its instance for enterprise ones).
 */
final class BatchScanApi implements Api {

    private static final Set<String> FILTER_FIELDS = Set.of("namespace", "image_name", "image_version",
            "scan_status", "latest_version", "image_size", "start_latest_update_time", "end_latest_update_time",
            "start_latest_scan_time", "end_latest_scan_time");

    private static final Set<ImageType> SCANNABLE_TYPES =
            EnumSet.of(ImageType.PRIVATE_IMAGE, ImageType.SHARED_IMAGE, ImageType.INSTANCE_IMAGE);

    /** Lengths of the en-us API page (2024-07): repo_type 1-32, names 1-256; 0-10241 items. */
    private static final FieldLimits LIMITS = FieldLimits.of("repo_type", 32, "namespace", 256, "image_name", 256,
            "image_version", 256);
    private static final int MAX_ITEMS = 10241;

    /** One {@code BatchScanSwrImageInfo}; {@code ref} null when the item lacks a name field. */
    private record ListedImage(ImageRef ref, String instanceId, String instanceUrl) {
    }

    private final ImageCatalog catalog;
    private final Clock clock;
    private final ScanRules rules;
    private final ScanQueue queue;

    BatchScanApi(ImageCatalog catalog, Clock clock, ScanRules rules, ScanQueue queue) {
        this.catalog = catalog;
        this.clock = clock;
        this.rules = rules;
        this.queue = queue;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        JsonBodyParameters body = JsonBodyParameters.of(request.body());
        ImageType type = body.imageType(SCANNABLE_TYPES);
        LIMITS.check(body);
        FieldLimits.ENTERPRISE_PROJECT.check(request.query());
        // One batch at a time, so that its images join the scan queue together and in their order.
        synchronized (queue) {
            Instant now = clock.instant();
            for (ImageRecord image : selectedImages(body, type, request, now)) {
                image.trigger(now, rules, queue);
            }
        }
        return SimResponse.emptyOk();
    }

    private List<ImageRecord> selectedImages(JsonBodyParameters body, ImageType type, SimRequest request, Instant now) {
        List<ListedImage> listed = listedImages(body);
        if (body.flag("operate_all").orElse(false)) {
            ImageFilter filter = ImageFilter.read(body.restrictedTo(FILTER_FIELDS), type,
                    request.query().text("enterprise_project_id").orElse(null), rules.nameMatching());
            return catalog.select(filter, now).stream().map(ImageCatalog.Match::record).toList();
        }
        if (listed.isEmpty()) {
            throw ApiError.invalidParameter("image_info_list is required when operate_all is not true");
        }
        List<ImageRecord> found = new ArrayList<>();
        for (ListedImage item : listed) {
            find(type, item, now).ifPresent(found::add);
        }
        return found;
    }

    /** The one image an item names: for an enterprise image, in the instance it names, at the URL it gives. */
    private Optional<ImageRecord> find(ImageType type, ListedImage item, Instant now) {
        if (item.ref() == null) {
            return Optional.empty();
        }
        if (type != ImageType.INSTANCE_IMAGE) {
            return catalog.findListed(type.wireName() + " " + item.ref(), now);
        }
        if (item.instanceId() == null) {
            return Optional.empty();
        }
        return catalog.findListed(type.wireName() + " " + item.ref() + " @" + item.instanceId(), now)
                .filter(record -> item.instanceUrl() == null || item.instanceUrl().equals(record.instanceUrl()));
    }

    private static List<ListedImage> listedImages(JsonBodyParameters body) {
        List<ListedImage> items = new ArrayList<>();
        for (JsonBodyParameters item : body.objects("image_info_list", MAX_ITEMS)) {
            String namespace = item.text("namespace").orElse(null);
            String name = item.text("image_name").orElse(null);
            String version = item.text("image_version").orElse(null);
            ImageRef ref = namespace == null || name == null || version == null ? null
                    : new ImageRef(namespace, name, version);
            items.add(new ListedImage(ref, item.text("instance_id").orElse(null),
                    item.text("instance_url").orElse(null)));
        }
        return items;
    }
}
