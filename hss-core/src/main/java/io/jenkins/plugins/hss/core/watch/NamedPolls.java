package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.poll.Sweep;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The polls of targets known by name: each names the targets still pending, with the lowest scan
 * time that may still be news for each. Every poll narrows those times: once a complete listing
 * showed every result that had ended by the time it went out (less a settling margin), a target
 * it did not show finished will finish later. An image list triggered without a listing before
 * ({@link TargetState#triggered}) learns at its first complete listing which images exist.
 */
final class NamedPolls implements TargetPolls {

    private final SharedPoller poller;
    private final String enterpriseProjectId;
    private final Instant triggeredAt;
    private final Wait wait;
    /** Per pending target, the scan time before which a complete listing showed it had not finished. */
    private final Map<ImageKey, Long> seenUntil = new HashMap<>();

    NamedPolls(RunContext context, Wait wait, Instant triggeredAt) {
        this.poller = context.poller();
        this.enterpriseProjectId = context.settings().enterpriseProjectId();
        this.triggeredAt = triggeredAt;
        this.wait = wait;
    }

    @Override
    public List<Interest> interests() {
        Map<ImageKey, TargetState> pending = wait.pending();
        List<Interest> interests = new ArrayList<>(pending.size());
        long afterTrigger = afterTrigger();
        for (TargetState target : pending.values()) {
            interests.add(new Interest(target.key(), enterpriseProjectId, floor(target, afterTrigger),
                    image -> target.observe(image).over()));
        }
        return interests;
    }

    @Override
    public List<SwrImageQuery> selections(Instant now) {
        return List.of();
    }

    @Override
    public void apply(Sweep sweep) {
        learnBound();
        observe(sweep);
        narrow(sweep);
        findAbsent(sweep);
    }

    @Override
    public void settled(ImageKey key) {
        seenUntil.remove(key);
    }

    /**
     * Once an image has started, only a scan time past both its record and (on the service's
     * clock, less the skew allowance) the trigger can finish it, and none before what a complete
     * listing already showed unfinished, so the poll may filter on that. Before, the wait must
     * see the image whatever its time, to learn that it exists and that it started.
     */
    private Long floor(TargetState target, long afterTrigger) {
        if (!target.started()) {
            return null;
        }
        long afterRecord = target.recordedScanTime() == null ? 0 : target.recordedScanTime() + 1;
        long floor = Math.max(afterRecord, afterTrigger);
        Long seen = seenUntil.get(target.key());
        return seen == null ? floor : Math.max(floor, seen);
    }

    /** The trigger on the service's clock, less the skew allowance: the lowest floor of any target, in epoch ms. */
    private long afterTrigger() {
        return poller.serviceClock().toService(triggeredAt).minus(ServiceClock.CLOCK_SKEW_ALLOWANCE).toEpochMilli();
    }

    /**
     * The trigger's instant on the service's clock, for targets triggered before any response had
     * told that clock: the poll's responses now have (see {@link ServiceClock}).
     */
    private void learnBound() {
        List<TargetState> waiting = wait.pending().values().stream().filter(TargetState::needsBound).toList();
        if (waiting.isEmpty() || poller.serviceClock().now().isEmpty()) {
            return;
        }
        long bound = poller.serviceClock().toService(triggeredAt).toEpochMilli();
        waiting.forEach(target -> wait.put(target.withBound(bound)));
    }

    /** The pending targets this poll listed; it holds every wait's, so the smaller of the two is walked. */
    private void observe(Sweep sweep) {
        Map<ImageKey, TargetState> pending = wait.pending();
        if (pending.size() <= sweep.images().size() + sweep.contradictions().size()) {
            for (TargetState target : List.copyOf(pending.values())) {
                observe(target, sweep.contradictions().get(target.key()), sweep.images().get(target.key()));
            }
            return;
        }
        sweep.contradictions().forEach((key, why) -> {
            TargetState target = pending.get(key);
            if (target != null) {
                observe(target, why, null);
            }
        });
        sweep.images().forEach((key, image) -> {
            TargetState target = pending.get(key);
            if (target != null) {
                observe(target, null, image);
            }
        });
    }

    private void observe(TargetState target, String contradiction, SwrImage image) {
        if (target.needsBound()) {
            return;
        }
        if (contradiction != null) {
            wait.observe(target, target.contradicted(contradiction));
        } else if (image != null) {
            wait.observe(target, target.observe(image));
        }
    }

    /** A complete listing that held a started target unfinished: its scan ends after what that listing showed. */
    private void narrow(Sweep sweep) {
        long afterTrigger = afterTrigger();
        for (TargetState target : wait.pending().values()) {
            Sweep.Coverage coverage = sweep.coverage().get(target.key());
            Long floor = floor(target, afterTrigger);
            if (coverage != null && floor != null && coverage.covers(floor)) {
                seenUntil.merge(target.key(), coverage.settledBefore(), Math::max);
            }
        }
    }

    /** The targets no listing showed yet that a complete listing of their whole range did not hold. */
    private void findAbsent(Sweep sweep) {
        List<ImageKey> absent = new ArrayList<>();
        for (TargetState target : wait.pending().values()) {
            Sweep.Coverage coverage = sweep.coverage().get(target.key());
            if (target.unlisted() && coverage != null && coverage.provesAbsence()
                    && !sweep.images().containsKey(target.key()) && !sweep.contradictions().containsKey(target.key())) {
                absent.add(target.key());
            }
        }
        wait.absent(absent);
    }
}
