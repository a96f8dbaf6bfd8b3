package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.watch.RateLimit;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Instant;
import java.util.List;

/**
 * The scans as they run when builds trigger as early as HSS's limit allows (5 at once, 5 more
 * each minute) and nothing else is asked: on a fresh simulator, when each scan started and ended.
 * No client's scans can end sooner, since the account's scanners take them in trigger order.
 *
 * @param builds how many builds triggered
 * @param start  the first trigger
 */
record EarliestTriggers(int builds, Instant start, List<TriggeredScan> scans) {

    private static final RateLimit LIMIT = RateLimit.HSS_PER_USER;

    static EarliestTriggers run(BenchScenario scenario, List<BuildPlan> builds, List<String> projects) {
        Instant start = SimulatedHss.startOfRun();
        try (SimulatedHss hss = SimulatedHss.start(scenario, io.jenkins.plugins.hss.simulator.RateLimit.HSS, start,
                projects)) {
            try (HssClient client = EngineClients.accessKey(hss.baseUrl(), hss.clock())) {
                for (int b = 0; b < builds.size(); b++) {
                    Instant due = start.plus(LIMIT.per().multipliedBy(b / LIMIT.calls()));
                    if (due.isAfter(hss.clock().instant())) {
                        hss.clock().set(due);
                    }
                    BuildPlan plan = builds.get(b);
                    client.batchScan(BenchSettings.of(plan, BenchSettings.DEFAULT_TIMEOUT).toRequest());
                }
            } catch (HssException e) {
                throw new IllegalStateException("a trigger at the limit's pace was refused: " + e.getMessage(), e);
            }
            return new EarliestTriggers(builds.size(), start, hss.simulator().scans());
        }
    }
}
