package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scans as they run when every build triggers at the first instant and nothing else is asked:
 * on a fresh simulator, when each scan started and ended. The builds of a project share their
 * batch scans, as many images to a call as the API takes ({@value #API_LIST_LIMIT}, its page's
 * figure); a build that scans a whole selection sends its own. No client's scans can end sooner,
 * since the account's scanners take them in trigger order.
 *
 * @param triggers how many batch scans that took
 * @param start    the first trigger
 */
record EarliestTriggers(int triggers, Instant start, List<TriggeredScan> scans) {

    /** The most items of {@code image_info_list} the API page allows ("0-10241"). */
    static final int API_LIST_LIMIT = 10_241;

    static EarliestTriggers run(BenchScenario scenario, List<BuildPlan> builds, List<String> projects) {
        Instant start = SimulatedHss.startOfRun();
        try (SimulatedHss hss = SimulatedHss.start(scenario, io.jenkins.plugins.hss.simulator.RateLimit.HSS, start,
                projects)) {
            List<BatchScanRequest> calls = calls(builds);
            if (calls.size() > io.jenkins.plugins.hss.core.budget.RateLimit.HSS_PER_USER.calls()) {
                throw new IllegalStateException("more triggers than the limit lets out at once: " + calls.size());
            }
            try (HssClient client = EngineClients.accessKey(hss.baseUrl(), hss.clock())) {
                for (BatchScanRequest call : calls) {
                    client.batchScan(call);
                }
            } catch (HssException e) {
                throw new IllegalStateException("a trigger within the limit was refused: " + e.getMessage(), e);
            }
            return new EarliestTriggers(calls.size(), start, hss.simulator().scans());
        }
    }

    /** One call per project for the image lists of its builds (per {@value #API_LIST_LIMIT} images), one per selection. */
    private static List<BatchScanRequest> calls(List<BuildPlan> builds) {
        List<BatchScanRequest> calls = new ArrayList<>();
        Map<String, Set<ImageRef>> lists = new LinkedHashMap<>();
        Map<String, BatchScanRequest> shapes = new LinkedHashMap<>();
        for (BuildPlan plan : builds) {
            BatchScanRequest request = BenchSettings.of(plan, null, BenchSettings.Pace.DEFAULT).toRequest();
            if (plan.operateAll()) {
                calls.add(request);
            } else {
                lists.computeIfAbsent(plan.projectId(), project -> new LinkedHashSet<>()).addAll(request.images());
                shapes.putIfAbsent(plan.projectId(), request);
            }
        }
        lists.forEach((project, images) -> {
            List<ImageRef> all = List.copyOf(images);
            for (int from = 0; from < all.size(); from += API_LIST_LIMIT) {
                calls.add(shapes.get(project).withImages(all.subList(from, Math.min(all.size(), from + API_LIST_LIMIT))));
            }
        });
        return calls;
    }
}
