package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.CoverageQuery;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import io.jenkins.plugins.hss.core.sync.Synchronization;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The targets of a run with their records from before the trigger. For an image list, one paged
 * listing of exactly those images (each one missing from the repository is kept as not found, for
 * the gate to judge). For {@code operate_all}, whatever the trigger's filters select: counted in
 * one call, with only the images scanned lately recorded one by one (a {@link CountedSelection}),
 * or, when a filter depends on the scans themselves, listed whole. A target whose rows contradict
 * each other cannot be recorded: the run then ends before the trigger, with nothing sent to scan.
 */
final class TargetResolver {

    /**
     * The targets recorded one by one, and which targets they are of.
     *
     * @param targetSet all of {@code targets}, or the counted selection they are part of
     * @param listedBy  the query that listed the targets recorded one by one; null when there were none to list
     */
    record Resolution(List<TargetState> targets, TargetSet targetSet, SwrImageQuery listedBy) {

        /** The targets HSS does not list (yet): what a sync before the scan looks for. */
        List<ImageKey> missing() {
            return targets.stream().filter(target -> !target.found()).map(TargetState::key).toList();
        }

        /**
         * These targets after the sync before the scan: each missing image that showed recorded by
         * its row, each other one it looked for not found, with why.
         */
        Resolution synced(Synchronization.Synced synced) {
            List<TargetState> after = targets.stream().map(target -> {
                SwrImage row = target.found() ? null : synced.shown().get(target.key());
                String why = target.found() ? null : synced.notFound().get(target.key());
                return row != null ? TargetState.recorded(target.key(), row)
                        : why != null ? TargetState.notFound(target.key(), why) : target;
            }).toList();
            return new Resolution(after, targetSet, listedBy);
        }

        /** How many images the trigger will scan. */
        int selected() {
            int found = (int) targets.stream().filter(TargetState::found).count();
            return found + targetSet.unseen(found);
        }
    }

    private final RunContext context;

    TargetResolver(RunContext context) {
        this.context = context;
    }

    CompletableFuture<Resolution> resolve() {
        ScanSettings settings = context.settings();
        String imageType = settings.imageType().wireName();
        BatchScanRequest request = context.request();
        if (CountedSelection.applies(request)) {
            return count(request, imageType);
        }
        if (request.selectsByFilter()) {
            SwrImageQuery query = SwrImageQuery.selecting(request);
            return context.list(query).thenApply(images -> new Resolution(recorded(images, imageType), NamedTargets.INSTANCE, query));
        }
        List<ImageKey> keys = settings.images().stream().map(ref -> ImageKey.of(ref, request)).distinct().toList();
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(new Resolution(List.of(), NamedTargets.INSTANCE, null));
        }
        List<Interest> interests = keys.stream()
                .map(key -> Interest.once(key, settings.enterpriseProjectId())).toList();
        SwrImageQuery query = CoverageQuery.cover(interests).get(0).query();
        return context.list(query).thenApply(images -> new Resolution(match(keys, images, imageType), NamedTargets.INSTANCE, query));
    }

    /**
     * One call counts the selection; a listing of the images scanned since a little before now
     * (on the service's clock as the responses tell it, less the skew allowance for when none
     * did yet) records those whose previous scan might otherwise pass for this run's. It is
     * usually a single page.
     */
    private CompletableFuture<Resolution> count(BatchScanRequest request, String imageType) {
        ServiceClock service = context.poller().serviceClock();
        long updatedBy = service.toService(context.poller().clock().instant()).toEpochMilli();
        CompletableFuture<Integer> counting = context.count(CountedSelection.selecting(request, updatedBy));
        return counting.thenCompose(total -> {
            long recordedBefore = service.toService(context.poller().clock().instant())
                    .minus(ServiceClock.CLOCK_SKEW_ALLOWANCE).toEpochMilli();
            SwrImageQuery recent = CountedSelection.scannedSince(request, updatedBy, recordedBefore);
            return context.list(recent).thenApply(images -> new Resolution(recorded(images, imageType),
                    new CountedTargets(new CountedSelection(total, recordedBefore, updatedBy)), recent));
        });
    }

    private static List<TargetState> recorded(List<SwrImage> images, String imageType) {
        ListedRows rows = rows(images, imageType);
        return rows.images().entrySet().stream().map(row -> TargetState.recorded(row.getKey(), row.getValue())).toList();
    }

    private static List<TargetState> match(List<ImageKey> keys, List<SwrImage> images, String imageType) {
        ListedRows rows = rows(images, imageType);
        List<TargetState> targets = new ArrayList<>();
        for (ImageKey key : keys) {
            SwrImage image = rows.images().get(key);
            targets.add(image == null ? TargetState.notFound(key) : TargetState.recorded(key, image));
        }
        return targets;
    }

    /** The listing's rows; a contradiction among them leaves no record to judge this run's scan by. */
    private static ListedRows rows(List<SwrImage> images, String imageType) {
        ListedRows rows = ListedRows.of(images, imageType);
        if (!rows.contradictions().isEmpty()) {
            throw new CompletionException(MalformedResponseException.contradiction("GET " + ApiName.SWR_REPOSITORY.label(),
                    String.join("; ", rows.contradictions().values())));
        }
        return rows;
    }
}
