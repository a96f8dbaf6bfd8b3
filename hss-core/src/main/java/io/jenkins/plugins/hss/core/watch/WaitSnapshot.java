package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
    /** Null for a run that listed its targets before the trigger (and for a state saved before it existed). */
    private final CountedSelection selection;
    /** When the run ends: its start plus the timeout. Null in a state saved by a version before it existed. */
    private final Instant deadline;

    public WaitSnapshot(Instant triggeredAt, boolean graceReported, List<TargetState> targets) {
        this(triggeredAt, graceReported, targets, null, null);
    }

    /**
     * @param selection how an {@code operate_all} run counted its targets, or null when {@code targets}
     *                  are all of them
     * @param deadline  when the run ends, absolute: its start plus the timeout (the listing before
     *                  the trigger counts against it); null for trigger plus timeout
     */
    public WaitSnapshot(Instant triggeredAt, boolean graceReported, List<TargetState> targets,
                      CountedSelection selection, Instant deadline) {
        this.triggeredAt = Objects.requireNonNull(triggeredAt, "triggeredAt");
        this.graceReported = graceReported;
        this.targets = new ArrayList<>(targets);
        this.selection = selection;
        this.deadline = deadline;
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
                : triggeredAt.plus(options.timeoutFor(known + (selection == null ? 0 : selection.unseen(known))));
    }

    /** Whether the images that did not start within the grace period were already reported. */
    public boolean graceReported() {
        return graceReported;
    }

    /** The targets known so far: all of them, unless {@link #selection()} counted them. */
    public List<TargetState> targets() {
        return List.copyOf(targets);
    }

    /** How the targets were counted, when they were not listed before the trigger. */
    public Optional<CountedSelection> selection() {
        return Optional.ofNullable(selection);
    }

    /** How many targets finished their scan. */
    public long finishedCount() {
        return targets.stream().filter(TargetState::finished).count();
    }
}
