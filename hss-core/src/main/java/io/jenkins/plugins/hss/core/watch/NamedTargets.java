package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.WaitOptions;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Targets known by name before the wait: the images of a list (listed before the trigger, or
 * learnt from the first complete poll), or every image a selection held when it was listed whole.
 * The wait's state holds all of them; polls name each one still pending ({@link NamedPolls}).
 */
enum NamedTargets implements TargetSet {

    /** The only value: what these targets are is the state's list of them. */
    INSTANCE;

    @Override
    public int unseen(int known) {
        return 0;
    }

    /** The timeout was set for the named images when the run started. */
    @Override
    public Instant deadline(Instant deadline, WaitOptions options, int selected) {
        return deadline;
    }

    @Override
    public TargetPolls polls(RunContext context, TargetPolls.Wait wait, Instant triggeredAt) {
        return new NamedPolls(context, wait, triggeredAt);
    }

    /** Every target was recorded: the listing of them tells everything. */
    @Override
    public CompletableFuture<Integer> startedUnrecorded(RunContext context) {
        return CompletableFuture.completedFuture(0);
    }

    /** An image the selection did not hold when it was listed is not a target: pushed since, not scanned. */
    @Override
    public boolean listedUnrecordedStarted() {
        return false;
    }
}
