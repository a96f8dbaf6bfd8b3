package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v5/{project_id}/image/batch-scan}: validates like the service, then starts a scan
 * of every image named in {@code image_info_list}, or of every image the filter fields select
 * when {@code operate_all} is true. Images that do not exist are skipped without error.
 */
final class BatchScanApi implements Api {

    private static final Set<String> FILTER_FIELDS = Set.of("namespace", "image_name", "image_version",
            "scan_status", "latest_version", "image_size", "start_latest_update_time", "end_latest_update_time",
            "start_latest_scan_time", "end_latest_scan_time");

    private static final Set<ImageType> SCANNABLE_TYPES =
            EnumSet.of(ImageType.PRIVATE_IMAGE, ImageType.SHARED_IMAGE, ImageType.INSTANCE_IMAGE);

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
        body.text("repo_type").filter(repo -> !repo.equals("SWR"))
                .ifPresent(repo -> { throw ApiError.invalidParameter("repo_type must be SWR"); });
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
        List<ImageRef> listed = listedImages(body.node("image_info_list"));
        if (body.flag("operate_all").orElse(false)) {
            ImageFilter filter = ImageFilter.read(body.restrictedTo(FILTER_FIELDS), type,
                    request.query().text("enterprise_project_id").orElse(null), rules.nameMatching());
            return catalog.select(filter, now).stream().map(ImageCatalog.Match::record).toList();
        }
        if (listed.isEmpty()) {
            throw ApiError.invalidParameter("image_info_list is required when operate_all is not true");
        }
        List<ImageRecord> found = new ArrayList<>();
        listed.forEach(ref -> catalog.find(type, ref).ifPresent(found::add));
        return found;
    }

    private static List<ImageRef> listedImages(JsonNode list) {
        List<ImageRef> refs = new ArrayList<>();
        if (list == null) {
            return refs;
        }
        if (!list.isArray()) {
            throw ApiError.invalidParameter("image_info_list must be an array");
        }
        for (JsonNode item : list) {
            if (!item.isObject()) {
                throw ApiError.invalidParameter("image_info_list items must be objects");
            }
            refs.add(new ImageRef(requiredText(item, "namespace"), requiredText(item, "image_name"),
                    requiredText(item, "image_version")));
        }
        return refs;
    }

    private static String requiredText(JsonNode item, String name) {
        JsonNode value = item.get(name);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw ApiError.invalidParameter("image_info_list." + name + " is required");
        }
        return value.asText();
    }
}
