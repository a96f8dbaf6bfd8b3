package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.time.Instant;
import java.util.Collection;

/** What every part of one run works with. */
record RunContext(ScanSettings settings, SharedPoller poller, WatchListener listener, RunRequests requests) {

    /**
     * The gate's verdict on {@code targets} now, as the run's report.
     *
     * @param waited whether the run waited for the scans (false: it only triggered them)
     */
    ScanReport report(Instant triggeredAt, Collection<TargetState> targets, boolean waited) {
        var verdict = new Gate(settings.gate()).evaluate(targets.stream().map(t -> t.result(waited)).toList());
        return new ScanReport(verdict, triggeredAt, poller.clock().instant(), requests.byLabel());
    }
}
