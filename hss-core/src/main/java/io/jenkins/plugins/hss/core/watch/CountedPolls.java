package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.poll.Sweep;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import io.jenkins.plugins.hss.core.selection.SelectionPolls;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Instant;
import java.util.List;

/**
 * The polls of a counted selection: each lists the scans that ended in the ranges
 * {@link SelectionPolls} keeps, and every image listed is a target, known already or discovered
 * (and, mostly, finished). They name no target: the listing holds every one they know.
 */
final class CountedPolls implements TargetPolls {

    private final CountedSelection selection;
    private final SelectionPolls ranges;
    private final String imageType;
    private final Wait wait;

    CountedPolls(CountedSelection selection, RunContext context, Wait wait) {
        this.selection = selection;
        this.ranges = new SelectionPolls(selection, context.request(), ServiceClock.CLOCK_SKEW_ALLOWANCE,
                context.poller().serviceClock(), context.poller().pageSize());
        this.imageType = context.settings().imageType().wireName();
        this.wait = wait;
    }

    @Override
    public List<Interest> interests() {
        return List.of();
    }

    @Override
    public List<SwrImageQuery> selections(Instant now) {
        return ranges.queries(now);
    }

    @Override
    public void apply(Sweep sweep) {
        List<SwrImage> listed = ranges.read(sweep);
        if (listed != null) {
            discover(listed);
        }
    }

    /** Each image the selection's poll listed is a target: known already, or new and (mostly) finished. */
    private void discover(List<SwrImage> listed) {
        ListedRows rows = ListedRows.of(listed, imageType);
        rows.contradictions().forEach((key, why) -> {
            TargetState known = wait.target(key);
            wait.observe(known, known != null ? known.contradicted(why) : TargetState.contradictory(key, why));
        });
        rows.images().forEach((key, image) -> {
            TargetState known = wait.target(key);
            wait.observe(known, known != null ? known.observe(image)
                    : TargetState.discovered(key, image, selection.recordedBefore()));
        });
    }
}
