package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.Sweep;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * How the polls of one wait find its targets, as its {@link TargetSet} makes them: by naming each
 * target still pending ({@link NamedPolls}), or by selecting the scans that ended
 * ({@link CountedPolls}). The wait keeps the targets and everything common to both; each call
 * comes under the wait's lock.
 */
interface TargetPolls {

    /** What the polls may see and change of the wait's targets. */
    interface Wait {

        /** The target of {@code key}; null when the wait does not know it. */
        TargetState target(ImageKey key);

        /** The targets found (or not known not to be) whose scan is not over: a view, kept by the wait. */
        Map<ImageKey, TargetState> pending();

        /** Keeps {@code after} as its target's state, with no event. */
        void put(TargetState after);

        /** Keeps {@code after} and tells the listener what changed; {@code before} is null for a target just discovered. */
        void observe(TargetState before, TargetState after);

        /** Targets that a complete listing of their whole range did not hold: not in the repository, or not yet. */
        void absent(List<ImageKey> absent);
    }

    /** The images a poll names for this wait. */
    List<Interest> interests();

    /** The queries a poll lists whole for this wait, for a poll that starts at {@code now} (our clock). */
    List<SwrImageQuery> selections(Instant now);

    /** Applies what a poll listed to the wait's targets. */
    void apply(Sweep sweep);

    /** The target of {@code key} is no longer pending. */
    default void settled(ImageKey key) {
    }
}
