package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /v5/{project_id}/image/registries} (ListRegistry): the registries HSS is connected
 * to, with the number of images it lists for each and when it last synced them. Every registry is
 * connected ({@code status} success) over HTTPS with API V2.
 */
final class RegistryListApi implements Api {

    /** Lengths of SDK 3.1.212 ListRegistryRequest. */
    private static final FieldLimits LIMITS = FieldLimits.ENTERPRISE_PROJECT.and(FieldLimits.of(
            "registry_name", 128, "registry_id", 64, "registry_addr", 256));
    private static final Set<String> STATUSES = Set.of("success", "fail", "accessing");

    /** One {@code RegistryInfo}, fields in the SDK 3.1.212 model's order. */
    record RegistryRow(String id, String registryName, String registryType, String apiVersion, String protocol,
                       String registryAddr, String registryUsername, String namespace, String connectClusterId,
                       String getScanImageChannel, String status, String failReason, Integer imagesNum,
                       Long latestSyncTime) {
    }

    private final ImageCatalog catalog;
    private final Registries registries;
    private final SyncLedger syncs;
    private final Clock clock;

    RegistryListApi(ImageCatalog catalog, Registries registries, SyncLedger syncs, Clock clock) {
        this.catalog = catalog;
        this.registries = registries;
        this.syncs = syncs;
        this.clock = clock;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        LIMITS.check(query);
        int offset = query.offset();
        int limit = query.limit();
        String name = query.text("registry_name").orElse(null);
        String id = query.text("registry_id").orElse(null);
        String address = query.text("registry_addr").orElse(null);
        Set<RegistryType> types = query.text("registry_type").map(RegistryListApi::types).orElse(null);
        String status = query.oneOf("status", STATUSES)
                .orElse(null);
        Instant now = clock.instant();
        List<ImageRecord> listed = catalog.listed(now);
        List<Registry> found = registries.all(catalog.all()).stream()
                .filter(registry -> name == null || registry.name().contains(name))
                .filter(registry -> id == null || registry.id().equals(id))
                .filter(registry -> address == null || registry.address().contains(address))
                .filter(registry -> types == null || types.contains(registry.type()))
                .filter(registry -> status == null || status.equals("success"))
                .toList();
        return SimResponse.json(200, Page.of(found, offset, limit, registry -> row(registry, listed, now)));
    }

    private RegistryRow row(Registry registry, List<ImageRecord> listed, Instant now) {
        boolean swr = registry.type() == RegistryType.SWR_PRIVATE || registry.type() == RegistryType.SWR_SHARED
                || registry.type() == RegistryType.SWR_ENTERPRISE;
        int images = (int) listed.stream().filter(record -> registry.id().equals(record.registryId())).count();
        return new RegistryRow(registry.id(), registry.name(), registry.type().wireName(), "V2", "https",
                registry.address(), swr ? null : "hss-scanner", null, swr ? null : "simulated-cluster",
                swr ? "Swr" : "Other", "success", null, images,
                syncs.latestSync(registry.id(), now).map(Instant::toEpochMilli).orElse(null));
    }

    /** {@code registry_type}: one type or several, comma-separated (SDK 3.1.212). */
    private static Set<RegistryType> types(String value) {
        return Arrays.stream(value.split(",")).map(String::trim)
                .map(type -> RegistryType.fromWire(type).orElseThrow(
                        () -> ApiError.invalidParameter("registry_type has an unsupported value " + type)))
                .collect(Collectors.toSet());
    }
}
