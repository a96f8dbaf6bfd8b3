package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The targets of an {@code operate_all} scan counted before the trigger ({@link CountedSelection}):
 * the wait's state holds only those recorded one by one and those the polls discovered; the others
 * are a number, which the report judges as such. Polls select the scans that ended rather than
 * name targets ({@link CountedPolls}).
 */
final class CountedTargets implements TargetSet {

    private static final long serialVersionUID = 1L;

    private final CountedSelection selection;

    CountedTargets(CountedSelection selection) {
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    @Override
    public int unseen(int known) {
        return selection.unseen(known);
    }

    /** The default timeout grows with what was counted; a timeout that was set stays as it is. */
    @Override
    public Instant deadline(Instant deadline, WaitOptions options, int selected) {
        Instant started = deadline.minus(options.timeoutFor(0));
        Instant counted = started.plus(options.timeoutFor(selected));
        return counted.isAfter(deadline) ? counted : deadline;
    }

    @Override
    public TargetPolls polls(RunContext context, TargetPolls.Wait wait, Instant triggeredAt) {
        return new CountedPolls(selection, context, wait);
    }

    /** The selection's images scanning, or else waiting for a scan, by count. */
    @Override
    public CompletableFuture<Integer> startedUnrecorded(RunContext context) {
        SwrImageQuery all = CountedSelection.selecting(context.request(), selection.updatedBy());
        return context.count(all.toBuilder().scanStatus(ScanStatus.SCANNING).build())
                .thenCompose(scanning -> scanning > 0 ? CompletableFuture.completedFuture(scanning)
                        : context.count(all.toBuilder().scanStatus(ScanStatus.WAITING_FOR_SCAN).build()));
    }

    /** The recorded targets were listed by their recent scan times: a newcomer to that range was scanned since. */
    @Override
    public boolean listedUnrecordedStarted() {
        return true;
    }
}
