package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code POST /v5/{project_id}/image/image-sync/tasks} (CreateImageSynchronizeTask): refreshes
 * HSS's copy of every registry ({@code sync_all_registries}) or of those in {@code registry_info}
 * (SDK 3.1.212 {@code CreateImageSynchronizeTaskRequestInfo}). The answer has no fields (200,
 * empty body, as batch scan). Registries a running sync covers are not synced again; the task
 * list ({@code type=image_sync}) shows the syncs.
 */
final class ImageSyncTaskApi implements Api {

    private final ImageCatalog catalog;
    private final Registries registries;
    private final SyncLedger syncs;
    private final Clock clock;

    ImageSyncTaskApi(ImageCatalog catalog, Registries registries, SyncLedger syncs, Clock clock) {
        this.catalog = catalog;
        this.registries = registries;
        this.syncs = syncs;
        this.clock = clock;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        FieldLimits.ENTERPRISE_PROJECT.check(request.query());
        JsonBodyParameters body = JsonBodyParameters.of(request.body());
        Map<String, Registry> known = registries.all(catalog.all()).stream()
                .collect(Collectors.toMap(Registry::id, Function.identity()));
        Set<String> wanted = new LinkedHashSet<>();
        boolean all = body.flag("sync_all_registries").orElse(false);
        List<JsonBodyParameters> listed = body.objects("registry_info", known.size() + 100);
        if (all) {
            wanted.addAll(known.keySet());
        } else if (listed.isEmpty()) {
            throw ApiError.invalidParameter("registry_info is required when sync_all_registries is not true");
        }
        for (JsonBodyParameters item : listed) {
            String id = item.requiredText("registry_id");
            Registry registry = known.get(id);
            RegistryType type = item.choice("registry_type", RegistryType::fromWire).orElse(null);
            if (registry == null || type != null && type != registry.type()) {
                throw ApiError.invalidParameter("registry_info has no registry " + id
                        + (type == null ? "" : " of type " + type.wireName()));
            }
            if (!all) {
                wanted.add(id);
            }
        }
        syncs.request(wanted, clock.instant());
        return SimResponse.emptyOk();
    }
}
