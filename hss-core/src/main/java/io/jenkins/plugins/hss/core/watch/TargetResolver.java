package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The targets of a run with their records from before the trigger. For an image list, one paged
 * listing of exactly those images (each one missing from the repository is kept as not found, for
 * the gate to judge). For {@code operate_all}, whatever the trigger's filters select: counted in
 * one call, with only the images scanned lately recorded one by one (a {@link CountedSelection}),
 * or, when a filter depends on the scans themselves, listed whole.
 */
final class TargetResolver {

    /**
     * The targets recorded one by one, and how the others were counted.
     *
     * @param selection null when {@code targets} are all of them
     */
    record Resolution(List<TargetState> targets, CountedSelection selection) {

        /** How many images the trigger will scan. */
        int selected() {
            int found = (int) targets.stream().filter(TargetState::found).count();
            return selection == null ? found : found + selection.unseen(found);
        }
    }

    private final RunContext context;

    TargetResolver(RunContext context) {
        this.context = context;
    }

    CompletableFuture<Resolution> resolve() {
        ScanSettings settings = context.settings();
        String imageType = settings.imageType().wireName();
        BatchScanRequest request = settings.toRequest();
        if (CountedSelection.applies(request)) {
            return count(request, imageType);
        }
        if (request.selectsByFilter()) {
            return list(SwrImageQuery.selecting(request)).thenApply(images -> new Resolution(recorded(images, imageType), null));
        }
        List<ImageKey> keys = settings.images().stream().map(ref -> ImageKey.of(ref, imageType)).distinct().toList();
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(new Resolution(List.of(), null));
        }
        List<Interest> interests = keys.stream()
                .map(key -> Interest.once(key, settings.enterpriseProjectId())).toList();
        SwrImageQuery query = CoverageQuery.cover(interests).get(0).query();
        return list(query).thenApply(images -> new Resolution(match(keys, images, imageType), null));
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
        CompletableFuture<Integer> counting = context.poller().count(CountedSelection.selecting(request, updatedBy));
        return counting.thenCompose(total -> {
            context.requests().add(Api.SWR_REPOSITORY, 1);
            long recordedBefore = service.toService(context.poller().clock().instant())
                    .minus(TargetWait.CLOCK_SKEW_ALLOWANCE).toEpochMilli();
            return list(CountedSelection.scannedSince(request, updatedBy, recordedBefore)).thenApply(recent ->
                    new Resolution(recorded(recent, imageType), new CountedSelection(total, recordedBefore, updatedBy)));
        });
    }

    private static List<TargetState> recorded(List<SwrImage> images, String imageType) {
        return images.stream().map(image -> TargetState.recorded(ImageKey.of(image, imageType), image)).toList();
    }

    private CompletableFuture<List<SwrImage>> list(SwrImageQuery query) {
        return context.poller().listAll(query).thenApply(listing -> {
            context.requests().add(Api.SWR_REPOSITORY, listing.requests());
            return listing.items();
        });
    }

    private static List<TargetState> match(List<ImageKey> keys, List<SwrImage> images, String imageType) {
        Map<ImageKey, SwrImage> listed = new HashMap<>();
        images.forEach(image -> listed.put(ImageKey.of(image, imageType), image));
        List<TargetState> targets = new ArrayList<>();
        for (ImageKey key : keys) {
            SwrImage image = listed.get(key);
            targets.add(image == null ? TargetState.notFound(key) : TargetState.recorded(key, image));
        }
        return targets;
    }
}
