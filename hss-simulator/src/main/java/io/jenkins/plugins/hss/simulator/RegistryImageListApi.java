package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * {@code GET /v5/{project_id}/image/registries/images} (ListRegistryImages): the images of every
 * registry HSS knows, filtered, optionally sorted by {@code latest_scan_time}, and paged with a
 * {@code limit} of 1-200 (SDK 3.1.212 {@code ListRegistryImagesRequest}). {@code image_type} is
 * optional here: without it every registry image is listed (local images are not registry images).
 */
final class RegistryImageListApi implements Api {

    static final Set<ImageType> REGISTRY_TYPES = EnumSet.of(ImageType.PRIVATE_IMAGE, ImageType.SHARED_IMAGE,
            ImageType.INSTANCE_IMAGE, ImageType.HARBOR, ImageType.JFROG);
    private static final Set<String> SEVERITIES = Set.of("Security", "Low", "Medium", "High");
    private static final long LATEST = Long.MAX_VALUE;

    /** Lengths of SDK 3.1.212 ListRegistryImagesRequest. */
    private static final FieldLimits LIMITS = FieldLimits.ENTERPRISE_PROJECT.and(FieldLimits.of(
            "namespace", 128, "image_name", 128, "image_version", 64, "registry_name", 128, "instance_id", 128,
            "instance_name", 128));

    private final ImageCatalog catalog;
    private final Registries registries;
    private final SyncLedger syncs;
    private final Clock clock;
    private final NameMatching matching;
    private final NeverScannedTime neverScanned;

    RegistryImageListApi(ImageCatalog catalog, Registries registries, SyncLedger syncs, Clock clock,
                         NameMatching matching, NeverScannedTime neverScanned) {
        this.catalog = catalog;
        this.registries = registries;
        this.syncs = syncs;
        this.clock = clock;
        this.matching = matching;
        this.neverScanned = neverScanned;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        LIMITS.check(query);
        ImageType type = query.choice("image_type", value -> ImageType.fromWire(value).filter(REGISTRY_TYPES::contains))
                .orElse(null);
        int offset = query.offset();
        int limit = query.number("limit", 1, 200).orElse(10L).intValue();
        Comparator<ImageCatalog.Match> order = order(query);
        Predicate<ImageCatalog.Match> extra = extraFilter(query);
        Instant now = clock.instant();
        ImageFilter filter = ImageFilter.read(query, type, query.text("enterprise_project_id").orElse(null), matching);
        List<ImageCatalog.Match> found = new ArrayList<>();
        for (ImageCatalog.Match match : catalog.select(filter, now)) {
            if (match.record().registryId() != null && extra.test(match)) {
                found.add(match);
            }
        }
        if (order != null) {
            found.sort(order);
        }
        return SimResponse.json(200, Page.of(found, offset, limit, match -> row(match, now)));
    }

    RegistryImageRow row(ImageCatalog.Match match, Instant now) {
        return RegistryImageRow.of(match, registries.of(match.record().image()).orElseThrow(),
                latestSync(match.record(), now), neverScanned);
    }

    /** The end of the last sync of its registry; an image HSS had from the start was synced when last updated. */
    Instant latestSync(ImageRecord record, Instant now) {
        Instant base = record.image().details().pushedAt() == null ? record.image().updatedAt() : Instant.EPOCH;
        return syncs.latestSync(record.registryId(), now).filter(at -> at.isAfter(base)).orElse(base);
    }

    private Predicate<ImageCatalog.Match> extraFilter(QueryParameters query) {
        String registryName = query.text("registry_name").orElse(null);
        String severity = query.oneOf("severity_level", SEVERITIES)
                .orElse(null);
        Boolean risky = query.flag("risky").orElse(null);
        Boolean multiArch = query.flag("is_multarch").orElse(null);
        Long syncFrom = query.number("start_latest_sync_time", 0, LATEST).orElse(null);
        Long syncTo = query.number("end_latest_sync_time", 0, LATEST).orElse(null);
        Instant now = clock.instant();
        return match -> {
            ScenarioImage image = match.record().image();
            Findings findings = match.view().findings();
            boolean isRisky = findings.maliciousFiles() > 0 || findings.unsafeSettings() > 0
                    || !findings.vulnerabilities().isEmpty();
            long synced = syncFrom == null && syncTo == null ? 0 : latestSync(match.record(), now).toEpochMilli();
            return (registryName == null || registries.of(image).map(Registry::name).orElse("").equals(registryName))
                    && (severity == null || severity.equals(RegistryImageRow.severityLevel(match.view())))
                    && (risky == null || risky == isRisky)
                    && (multiArch == null || multiArch == !image.details().architectures().isEmpty())
                    && (syncFrom == null || synced >= syncFrom)
                    && (syncTo == null || synced <= syncTo);
        };
    }

    /** {@code sort_key} knows only latest_scan_time; {@code sort_dir} asc (the default) or desc. */
    private static Comparator<ImageCatalog.Match> order(QueryParameters query) {
        String key = query.oneOf("sort_key", Set.of("latest_scan_time"))
                .orElse(null);
        boolean descending = query.oneOf("sort_dir", Set.of("asc", "desc"))
                .map("desc"::equals).orElse(false);
        if (key == null) {
            return null;
        }
        Comparator<ImageCatalog.Match> byScan = Comparator.comparingLong(
                match -> match.view().scannedAt() == null ? 0 : match.view().scannedAt().toEpochMilli());
        return descending ? byScan.reversed() : byScan;
    }
}
