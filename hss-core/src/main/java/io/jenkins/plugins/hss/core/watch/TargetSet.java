package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.WaitOptions;
import java.io.Serializable;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Which images a run waits for, as it resolved them: every target known by name
 * ({@link NamedTargets}: an image list, or a selection listed whole before the trigger), or a
 * counted {@code operate_all} selection whose targets are discovered as they finish
 * ({@link CountedTargets}). What differs between the two is decided here, so that the run, its
 * wait, the wait's state and the report ask the set rather than which kind it is: how many
 * targets no poll named yet, how long the run may wait, what its polls ask for and how they are
 * applied, how a lost trigger is checked.
 *
 * <p>Kept in the wait's state, which a Jenkins controller persists: an enum or a class of plain
 * serializable fields, nothing XStream could not write.
 */
sealed interface TargetSet extends Serializable permits NamedTargets, CountedTargets {

    /** How many targets are not among the {@code known} ones: none when every target is known by name. */
    int unseen(int known);

    /**
     * The deadline of a run that started with {@code deadline}, once its targets are resolved to
     * {@code selected} images: a default timeout that grows with the targets grows with a count
     * that was not known at the start.
     */
    Instant deadline(Instant deadline, WaitOptions options, int selected);

    /** What the polls of {@code wait} ask for, and how what they list changes its targets. */
    TargetPolls polls(RunContext context, TargetPolls.Wait wait, Instant triggeredAt);

    /**
     * For the check of a lost trigger that found none of the recorded targets past its record:
     * how many scans started among the targets that were not recorded one by one.
     */
    CompletableFuture<Integer> startedUnrecorded(RunContext context);

    /**
     * For the same check: whether an image that the recorded targets' listing shows now, but did
     * not show before the trigger, has had a scan since.
     */
    boolean listedUnrecordedStarted();
}
