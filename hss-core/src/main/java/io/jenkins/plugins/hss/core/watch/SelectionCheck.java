package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.trigger.TriggerCheck;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the scans of a run that selects by filter ({@code operate_all}) started, after its
 * batch scan's answer was lost: how many targets left their state from before the trigger.
 * Targets recorded one by one are listed again and compared with their records (a status or scan
 * time that moved, or {@code scanning}, {@code waiting_for_scan}); the rest of a counted selection
 * is asked for by count, scanning or waiting, and by the scans that ended since the selection's
 * bound. Every call goes through the list budget and counts as the run's.
 */
final class SelectionCheck implements TriggerCheck {

    private final RunContext context;
    private final TargetResolver.Resolution resolution;
    private final String imageType;

    SelectionCheck(RunContext context, TargetResolver.Resolution resolution) {
        this.context = context;
        this.resolution = resolution;
        this.imageType = context.settings().imageType().wireName();
    }

    @Override
    public CompletableFuture<Integer> started() {
        CompletableFuture<Integer> named = resolution.listedBy() == null ? CompletableFuture.completedFuture(0)
                : context.list(resolution.listedBy()).thenApply(this::moved);
        return named.thenCompose(moved -> moved > 0 ? CompletableFuture.completedFuture(moved)
                : resolution.targetSet().startedUnrecorded(context));
    }

    /** The recorded targets the listing shows past their record. */
    private int moved(List<SwrImage> listed) {
        Map<ImageKey, TargetState> recorded = resolution.targets().stream().filter(TargetState::found)
                .collect(Collectors.toMap(TargetState::key, Function.identity(), (first, second) -> first));
        int moved = 0;
        for (Map.Entry<ImageKey, SwrImage> row : ListedRows.of(listed, imageType).images().entrySet()) {
            TargetState target = recorded.get(row.getKey());
            boolean newer = target == null && resolution.targetSet().listedUnrecordedStarted();
            moved += newer || target != null && target.observe(row.getValue()).started() ? 1 : 0;
        }
        return moved;
    }
}
