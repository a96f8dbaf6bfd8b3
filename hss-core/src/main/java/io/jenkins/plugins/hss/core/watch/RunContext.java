package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.gate.ImageState;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.util.Collection;
import java.util.List;

/** What every part of one run works with. */
record RunContext(ScanSettings settings, SharedPoller poller, WatchListener listener, RunRequests requests) {

    /**
     * The gate's verdict on the targets of {@code state} now, as the run's report; the targets a
     * {@link CountedSelection} counted but no poll named are judged as a number.
     *
     * @param state  the targets known now, when the run triggered and how it counted its targets
     * @param waited whether the run waited for the scans (false: it only triggered them)
     */
    ScanReport report(WatchState state, boolean waited) {
        List<TargetState> targets = state.targets();
        int unnamed = state.selection().map(selection -> selection.unseen(found(targets))).orElse(0);
        UnlistedImages unlisted = UnlistedImages.of(unnamed,
                waited ? ImageState.TIMED_OUT : ImageState.NOT_WAITED);
        var verdict = new Gate(settings.gate()).evaluate(targets.stream().map(t -> t.result(waited)).toList(), unlisted);
        return new ScanReport(verdict, state.triggeredAt(), poller.clock().instant(), requests.byLabel());
    }

    private static int found(Collection<TargetState> targets) {
        return (int) targets.stream().filter(TargetState::found).count();
    }
}
