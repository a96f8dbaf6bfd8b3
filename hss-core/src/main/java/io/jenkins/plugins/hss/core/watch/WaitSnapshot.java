package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.WaitOptions;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A snapshot of a wait after its trigger: the targets with their pre-trigger records and what
 * the polls learned, and when the trigger was sent. Small, immutable and serializable: a Jenkins
 * controller persists it and, after a restart, {@link ScanRun#resume resumes} the wait from it
 * without triggering again. The deadline is kept absolute, so a restart does not extend the wait.
 */
public final class WaitSnapshot implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant triggeredAt;
    private final boolean graceReported;
    private final ArrayList<TargetState> targets;
    /** Which targets these are; null only in a state saved by a version before it existed (see {@link #readResolve}). */
    private final TargetSet targetSet;
    /** When the run ends: its start plus the timeout. Null in a state saved by a version before it existed. */
    private final Instant deadline;

    public WaitSnapshot(Instant triggeredAt, boolean graceReported, List<TargetState> targets) {
        this(triggeredAt, graceReported, targets, NamedTargets.INSTANCE, null);
    }

    /**
     * @param targetSet which targets these are: all of them by name, or those a counted selection
     *                  knows so far
     * @param deadline  when the run ends, absolute: its start plus the timeout (the listing before
     *                  the trigger counts against it); null for trigger plus timeout
     */
    public WaitSnapshot(Instant triggeredAt, boolean graceReported, List<TargetState> targets,
                      TargetSet targetSet, Instant deadline) {
        this.triggeredAt = Objects.requireNonNull(triggeredAt, "triggeredAt");
        this.graceReported = graceReported;
        this.targets = new ArrayList<>(targets);
        this.targetSet = Objects.requireNonNull(targetSet, "targetSet");
        this.deadline = deadline;
    }

    /**
     * A state saved before it said which targets it held is read as named targets, so that no
     * reader has to ask: the plugin was not released, the one such state kept (a test's) named its
     * targets, and a counted selection saved then would be judged by the targets it knew.
     */
    private Object readResolve() {
        return targetSet != null ? this : new WaitSnapshot(triggeredAt, graceReported, targets, NamedTargets.INSTANCE, deadline);
    }

    public Instant triggeredAt() {
        return triggeredAt;
    }

    /**
     * When the run ends, whatever it is doing. A state saved by a version that counted the wait
     * from the trigger has none: its deadline stays the trigger plus {@code options}' timeout, so
     * a restart never extends a wait.
     */
    public Instant deadline(WaitOptions options) {
        int known = targets.size();
        return deadline != null ? deadline
                : triggeredAt.plus(options.timeoutFor(known + targetSet.unseen(known)));
    }

    /** Whether the images that did not start within the grace period were already reported. */
    public boolean graceReported() {
        return graceReported;
    }

    /** The targets known so far: all of them, unless {@link #targetSet()} counted them. */
    public List<TargetState> targets() {
        return List.copyOf(targets);
    }

    /** Which targets these are, and what follows from it for the wait and its report. */
    TargetSet targetSet() {
        return targetSet;
    }

    /** How many targets finished their scan. */
    public long finishedCount() {
        return targets.stream().filter(TargetState::finished).count();
    }
}
