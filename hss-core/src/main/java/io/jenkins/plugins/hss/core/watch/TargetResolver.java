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
 * The targets of a run with their records from before the trigger, from one paged repository
 * listing: for an image list, exactly those images (each one missing from the repository is kept
 * as not found, for the gate to judge); for {@code operate_all}, whatever the trigger's filters
 * select.
 */
final class TargetResolver {

    private final RunContext context;

    TargetResolver(RunContext context) {
        this.context = context;
    }

    CompletableFuture<List<TargetState>> resolve() {
        ScanSettings settings = context.settings();
        String imageType = settings.imageType().wireName();
        BatchScanRequest request = settings.toRequest();
        if (request.selectsByFilter()) {
            return list(SwrImageQuery.selecting(request)).thenApply(images -> images.stream()
                    .map(image -> TargetState.recorded(ImageKey.of(image, imageType), image)).toList());
        }
        List<ImageKey> keys = settings.images().stream().map(ref -> ImageKey.of(ref, imageType)).distinct().toList();
        if (keys.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<Interest> interests = keys.stream()
                .map(key -> Interest.once(key, settings.enterpriseProjectId())).toList();
        SwrImageQuery query = CoverageQuery.cover(interests).get(0).query();
        return list(query).thenApply(images -> match(keys, images, imageType));
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
