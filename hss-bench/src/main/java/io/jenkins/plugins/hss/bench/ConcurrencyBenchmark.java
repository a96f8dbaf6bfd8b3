package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * B builds at once on one credential, each scanning its own {@value #IMAGES_PER_BUILD} images,
 * under HSS's limit of 5 calls a minute per API: simulated time until every build has its
 * verdict, against {@link Floors#timeToAllVerdicts}, our way and the naive way, with the 429s each
 * met.
 */
final class ConcurrencyBenchmark {

    static final int IMAGES_PER_BUILD = 5;
    private static final Duration GIVE_UP = Duration.ofDays(1);

    record Figures(int builds, Duration floor, Duration ours, RequestCounts oursCounts, Duration naive,
                   RequestCounts naiveCounts) {
    }

    private ConcurrencyBenchmark() {
    }

    static Figures measure(int builds) throws Exception {
        var start = SimulatedHss.startOfRun();
        BenchScenario scenario = BenchScenario.privateImages(builds * IMAGES_PER_BUILD, start);
        List<List<ImageRef>> images = perBuild(scenario.refs());
        EngineBuilds.Outcome ours;
        RequestCounts oursCounts;
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, start);
             HssClient client = EngineClients.accessKey(hss.baseUrl(), hss.projectId(), hss.clock())) {
            List<ScanSettings> settings = images.stream()
                    .map(refs -> BenchSettings.imageList(refs, hss.projectId())).toList();
            ours = EngineBuilds.run(client, hss.clock(), hss.clock()::advance, settings, GIVE_UP);
            oursCounts = hss.counts();
        }
        NaiveBuilds.Outcome naive;
        try (SimulatedHss hss = SimulatedHss.start(scenario, RateLimit.HSS, SimulatedHss.startOfRun())) {
            naive = NaiveBuilds.run(hss, images, GIVE_UP);
        }
        return new Figures(builds, Floors.timeToAllVerdicts(builds), ours.timeToAllVerdicts(), oursCounts,
                naive.timeToAllVerdicts(), naive.counts());
    }

    private static List<List<ImageRef>> perBuild(List<ImageRef> refs) {
        List<List<ImageRef>> builds = new ArrayList<>();
        for (int from = 0; from < refs.size(); from += IMAGES_PER_BUILD) {
            builds.add(refs.subList(from, from + IMAGES_PER_BUILD));
        }
        return builds;
    }
}
