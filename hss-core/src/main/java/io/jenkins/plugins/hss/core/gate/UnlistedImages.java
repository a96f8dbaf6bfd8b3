package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.Outcome;
import java.util.Objects;

/**
 * Targets the report counts but cannot name: images of an {@code operate_all} selection that the
 * run counted before the trigger and that no poll showed finished (polls list finished scans
 * only, so an image still scanning is never seen by name). Naming them would take a listing of
 * the whole selection, up to 500 calls at HSS's limit, after the wait already ended.
 *
 * @param count   how many
 * @param state   how the wait ended for them: {@link WaitEnd#TIMED_OUT} or {@link WaitEnd#NOT_WAITED}
 * @param outcome the gate's outcome for them ({@link #NONE}'s is SUCCESS)
 */
public record UnlistedImages(int count, WaitEnd state, Outcome outcome) {

    public static final UnlistedImages NONE = new UnlistedImages(0, WaitEnd.NOT_WAITED, Outcome.SUCCESS);

    public UnlistedImages {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outcome, "outcome");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }

    /** {@code count} images, before the gate judged them. */
    public static UnlistedImages of(int count, WaitEnd state) {
        return count == 0 ? NONE : new UnlistedImages(count, state, Outcome.SUCCESS);
    }

    public boolean any() {
        return count > 0;
    }

    UnlistedImages judged(Outcome judged) {
        return new UnlistedImages(count, state, judged);
    }
}
