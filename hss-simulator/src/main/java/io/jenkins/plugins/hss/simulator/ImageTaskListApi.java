package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v5/{project_id}/image/tasks} (ListImageScanTask, SDK 3.1.212): the scan tasks
 * ({@code type=image_scan}: the manual tasks of CreateManualImageScanTask; batch scans make none)
 * or the syncs ({@code type=image_sync}: manualSync for requested ones, autoSync for HSS's own),
 * newest first. The query's {@code task_status} is text ({@code scanning}: 0-99;
 * {@code finished}: anything else), the rows' an Integer.
 */
final class ImageTaskListApi implements Api {

    private static final Set<String> TYPES = Set.of("image_scan", "image_sync");
    private static final Set<String> TASK_TYPES = Set.of("cycle", "manual", "autoSync", "manualSync");
    private static final Set<String> STATUSES = Set.of("scanning", "finished");
    private static final long LATEST = 4_070_880_000_000L;
    private static final FieldLimits LIMITS = FieldLimits.ENTERPRISE_PROJECT.and(FieldLimits.of(
            "task_name", 256, "task_id", 256));

    private final ScanTaskBook tasks;
    private final SyncLedger syncs;
    private final ImageCatalog catalog;
    private final Registries registries;
    private final Clock clock;

    ImageTaskListApi(ScanTaskBook tasks, SyncLedger syncs, ImageCatalog catalog, Registries registries, Clock clock) {
        this.tasks = tasks;
        this.syncs = syncs;
        this.catalog = catalog;
        this.registries = registries;
        this.clock = clock;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        LIMITS.check(query);
        String type = query.oneOf("type", TYPES)
                .orElseThrow(() -> ApiError.invalidParameter("type is required: image_scan or image_sync"));
        String taskType = query.oneOf("task_type", TASK_TYPES).orElse(null);
        String status = query.oneOf("task_status", STATUSES).orElse(null);
        String imageType = query.oneOf("global_image_type", Set.of("registry", "local")).orElse(null);
        String name = query.text("task_name").orElse(null);
        String id = query.text("task_id").orElse(null);
        Long createdFrom = query.number("create_time", 0, LATEST).orElse(null);
        Long endedBy = query.number("end_time", 0, LATEST).orElse(null);
        Long scope = query.number("scan_scope", 0, ImageScanTaskApi.ALL_SCOPES).orElse(null);
        int offset = query.offset();
        int limit = query.limit();
        Instant now = clock.instant();
        List<ImageTaskRow> rows = new ArrayList<>();
        if (type.equals("image_scan")) {
            tasks.all().forEach(task -> rows.add(ImageTaskRow.ofScan(task, registries, now)));
        } else {
            Map<String, List<Instant>> pushes = pushesByRegistry(catalog.all());
            syncs.runs(now).forEach(run -> rows.add(ImageTaskRow.ofSync(run, covered(run, pushes), now)));
        }
        List<ImageTaskRow> found = rows.stream()
                .filter(row -> taskType == null || taskType.equals(row.taskType()))
                .filter(row -> imageType == null || imageType.equals(row.imageType()))
                .filter(row -> name == null || row.taskName().contains(name))
                .filter(row -> id == null || id.equals(row.taskId()))
                .filter(row -> createdFrom == null || row.beginTime() >= createdFrom)
                .filter(row -> endedBy == null || row.endTime() != null && row.endTime() <= endedBy)
                .filter(row -> scope == null || row.scanScope() != null && row.scanScope() == scope.intValue())
                .filter(row -> status == null || status.equals("scanning") == isRunning(row))
                .sorted(Comparator.comparing(ImageTaskRow::beginTime).reversed())
                .toList();
        List<ImageTaskRow> newest = found.size() > SyncLedger.MAX_TASKS ? found.subList(0, SyncLedger.MAX_TASKS) : found;
        return SimResponse.json(200, Page.of(newest, offset, limit, row -> row));
    }

    private static boolean isRunning(ImageTaskRow row) {
        return row.taskStatus() >= 0 && row.taskStatus() < ImageTaskRow.DONE;
    }

    /** When each registry's images were pushed (the start of time for those HSS had from the start). */
    private static Map<String, List<Instant>> pushesByRegistry(List<ImageRecord> all) {
        Map<String, List<Instant>> pushes = new HashMap<>();
        for (ImageRecord record : all) {
            if (record.registryId() != null) {
                Instant pushedAt = record.image().details().pushedAt();
                pushes.computeIfAbsent(record.registryId(), id -> new ArrayList<>())
                        .add(pushedAt == null ? Instant.MIN : pushedAt);
            }
        }
        return pushes;
    }

    /** The images in the synced registries when the sync began. */
    private static int covered(SyncRun run, Map<String, List<Instant>> pushes) {
        int count = 0;
        for (Map.Entry<String, List<Instant>> registry : pushes.entrySet()) {
            if (run.covers(registry.getKey())) {
                count += (int) registry.getValue().stream().filter(at -> !at.isAfter(run.startedAt())).count();
            }
        }
        return count;
    }
}
