package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.core.watch.CallBudget;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.SharedPoller;
import io.jenkins.plugins.hss.core.watch.VulnerabilityDetailsFetch;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import java.time.Duration;

/**
 * Where and as whom one invocation talks to HSS. A command line makes one run, so it owns its
 * client and its poller; their budget is still HSS's per-user limit, shared with nobody else here.
 *
 * @param budget how fast each API may be called
 */
record Connection(HssEndpoints endpoints, String region, HssCredentials credentials, CallBudget budget,
                  Duration connectTimeout, Duration readTimeout) {

    /**
     * Runs the scan {@code settings} describe and waits for its report on {@code time}, then, when
     * {@code listVulnerabilities}, for the vulnerability lists the report names (within the run's
     * deadline); a {@code cancellation} ends either wait with an {@link InterruptedException}.
     */
    ScanOutput run(ScanSettings settings, Timeline time, WatchListener listener, RunCancellation cancellation,
                   boolean listVulnerabilities) throws Exception {
        try (HssClient client = HssClient.builder()
                .endpoint(endpoints)
                .region(region)
                .credentials(credentials)
                .projectId(settings.projectId())
                .clock(time.clock())
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .userAgent("hss-scan")
                .build()) {
            SharedPoller poller = new SharedPoller(client, time.scheduler(), time.clock(), budget);
            ScanRun run = ScanRun.start(settings, poller, listener);
            ScanReport report = time.await(cancellation.guard(run));
            if (!listVulnerabilities) {
                return new ScanOutput(report, VulnerabilityDetails.NONE);
            }
            var lists = cancellation.guard(VulnerabilityDetailsFetch.start(report, settings, poller, run.deadline()));
            return new ScanOutput(report, time.await(lists, () -> lists.cancel(false)));
        }
    }
}
