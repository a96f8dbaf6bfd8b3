package io.jenkins.plugins.hss.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code POST /v5/{project_id}/image/image-scan/tasks} (CreateManualImageScanTask, SDK 3.1.212
 * {@code CreateManualImageScanTaskReqInfo}): scans the images {@code image_info} names, or every
 * image {@code query_info} selects when {@code is_all} is true, through the same scan engine as
 * batch scan, and records a manual task for ListImageScanTask. The answer has no fields (200,
 * empty body): no task id comes back.
 *
 * <p>An {@code image_info} item names an image by its record {@code id}, or its {@code image_id},
 * or its namespace, name and version; every other field it gives must agree with that image.
 * Items that name no listed image are skipped, as in batch scan. {@code scan_scope} and
 * {@code rate_limit} are validated and shown in the task; every scan still finds everything and
 * starts at once.
 */
final class ImageScanTaskApi implements Api {

    /** 0x7fffffff = everything; the SDK's "maximum 2147483547" is a generator artefact below it. */
    static final long ALL_SCOPES = 0x7fffffffL;
    private static final int MAX_ITEMS = 10_000;
    /** The SDK sends no body when none is set (the body is optional): the same as an empty object. */
    private static final byte[] EMPTY_OBJECT = "{}".getBytes(StandardCharsets.UTF_8);
    private static final Set<String> QUERY_FILTERS = Set.of("namespace", "image_name", "image_version",
            "scan_status", "has_vul", "image_size", "start_latest_update_time", "end_latest_update_time",
            "start_latest_scan_time", "end_latest_scan_time");
    /** Lengths of SDK 3.1.212 CreateManualImageScanTaskReqInfoQueryInfo. */
    private static final FieldLimits QUERY_LIMITS = FieldLimits.of("namespace", 256, "image_name", 256,
            "image_version", 256, "host_id", 128, "host_name", 128, "public_ip", 128, "private_ip", 128,
            "cluster_id", 128, "container_id", 128, "container_name", 128, "pod_id", 64, "pod_name", 512,
            "app_name", 256);

    private final ImageCatalog catalog;
    private final Registries registries;
    private final ScanTaskBook tasks;
    private final Clock clock;
    private final ScanRules rules;
    private final ScanQueue queue;

    ImageScanTaskApi(ImageCatalog catalog, Registries registries, ScanTaskBook tasks, Clock clock, ScanRules rules,
                     ScanQueue queue) {
        this.catalog = catalog;
        this.registries = registries;
        this.tasks = tasks;
        this.clock = clock;
        this.rules = rules;
        this.queue = queue;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        FieldLimits.ENTERPRISE_PROJECT.check(query);
        boolean local = query.oneOf("global_image_type", Set.of("registry", "local"))
                .map("local"::equals).orElse(false);
        JsonBodyParameters body = JsonBodyParameters.of(request.body().length == 0 ? EMPTY_OBJECT : request.body());
        int scope = body.number("scan_scope", 0, ALL_SCOPES).orElse(ALL_SCOPES).intValue();
        Integer rateLimit = body.number("rate_limit", 0, 1000).map(Long::intValue).orElse(null);
        boolean all = body.flag("is_all").orElse(false);
        Instant now = clock.instant();
        Predicate<ImageRecord> kind = record -> local ? record.image().type() == ImageType.LOCAL_IMAGE
                : record.registryId() != null;
        List<ImageRecord> selected = all
                ? selectAll(body, kind, query.text("enterprise_project_id").orElse(null), now)
                : listed(body, kind, now);
        List<ScanTask.Entry> entries = new ArrayList<>();
        // As a batch scan does: the task's images join the scan queue together and in their order.
        synchronized (queue) {
            for (ImageRecord image : selected) {
                image.trigger(now, rules, queue);
                entries.add(new ScanTask.Entry(image, image.lastRun()));
            }
        }
        tasks.create(now, local ? "local" : "registry", scope, rateLimit, all, entries);
        return SimResponse.emptyOk();
    }

    private List<ImageRecord> selectAll(JsonBodyParameters body, Predicate<ImageRecord> kind, String enterpriseProject,
                                        Instant now) {
        JsonBodyParameters queryInfo = body.node("query_info") == null ? JsonBodyParameters.of(EMPTY_OBJECT)
                : JsonBodyParameters.ofObject(body.node("query_info"), "query_info");
        QUERY_LIMITS.check(queryInfo);
        queryInfo.oneOf("local_image_type", Set.of("swr_image", "other_image"));
        ImageType type = queryInfo.choice("image_type",
                value -> ImageType.fromWire(value).filter(RegistryImageListApi.REGISTRY_TYPES::contains)).orElse(null);
        ImageFilter filter = ImageFilter.read(queryInfo.restrictedTo(QUERY_FILTERS), type, enterpriseProject,
                rules.nameMatching());
        return catalog.select(filter, now).stream().map(ImageCatalog.Match::record).filter(kind).toList();
    }

    private List<ImageRecord> listed(JsonBodyParameters body, Predicate<ImageRecord> kind, Instant now) {
        List<JsonBodyParameters> items = body.objects("image_info", MAX_ITEMS);
        if (items.isEmpty()) {
            throw ApiError.invalidParameter("image_info is required when is_all is not true");
        }
        Set<ImageRecord> found = new LinkedHashSet<>();
        List<ImageRecord> listed = catalog.listed(now).stream().filter(kind).toList();
        for (JsonBodyParameters item : items) {
            Predicate<ImageRecord> named = naming(item);
            Predicate<ImageRecord> agrees = agreement(item);
            listed.stream().filter(named.and(agrees)).forEach(found::add);
        }
        return new ArrayList<>(found);
    }

    /** What picks the image out: its record id, its image id, or its full name; nothing else names one. */
    private static Predicate<ImageRecord> naming(JsonBodyParameters item) {
        Long id = item.number("id", 0, Long.MAX_VALUE).orElse(null);
        String imageId = item.text("image_id").orElse(null);
        boolean fullName = item.text("namespace").isPresent() && item.text("image_name").isPresent()
                && item.text("image_version").isPresent();
        if (id != null) {
            return record -> record.id() == id;
        }
        if (imageId != null) {
            return record -> record.imageId().equals(imageId);
        }
        return record -> fullName;
    }

    /** Every field the item gives must be the image's. */
    private Predicate<ImageRecord> agreement(JsonBodyParameters item) {
        RegistryType registryType = item.choice("registry_type", RegistryType::fromWire).orElse(null);
        return record -> {
            ScenarioImage image = record.image();
            Optional<Registry> registry = registries.of(image);
            return same(item, "image_id", record.imageId()) && same(item, "image_digest", record.digest())
                    && same(item, "namespace", image.ref().namespace()) && same(item, "image_name", image.ref().name())
                    && same(item, "image_version", image.ref().tag())
                    && same(item, "instance_id", image.instanceId()) && same(item, "instance_url", record.instanceUrl())
                    && same(item, "registry_id", registry.map(Registry::id).orElse(null))
                    && same(item, "registry_name", registry.map(Registry::name).orElse(null))
                    && (registryType == null || registry.map(Registry::type).orElse(null) == registryType);
        };
    }

    private static boolean same(JsonBodyParameters item, String name, String actual) {
        return item.text(name).map(given -> Objects.equals(given, actual)).orElse(true);
    }
}
