package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.client.SyncAnswer;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.ImageType;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.ScenarioImage;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What many waits cost together: HSS's budget of 5 calls per minute per user and API is never exceeded. */
class SharedBudgetTest {

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void tenConcurrentWaitsOnOneCredentialStayWithinFiveCallsPerApiPerMinute() {
        cloud = new SimulatedHss(Scenario.generated(340, 11, SimulatedHss.START),
                simulator -> simulator.rateLimit(RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        List<String> privateImages = privateImages(340, 300);
        Map<String, List<Instant>> sent = new ConcurrentHashMap<>();
        CallListener recorder = new CallListener() {
            @Override
            public void requestSent(String call) {
                sent.computeIfAbsent(call, c -> new CopyOnWriteArrayList<>()).add(cloud.clock.instant());
            }
        };
        HssEngine registry = cloud.engine(CallBudget.HSS_DEFAULT);
        SharedPoller poller = cloud.poller(registry, cloud.client(recorder));

        List<ScanRun> runs = new ArrayList<>();
        for (int build = 0; build < 10; build++) {
            List<String> targets = privateImages.subList(build * 30, build * 30 + 30);
            var settings = cloud.settings(targets.toArray(String[]::new)).thresholds("immediate_repair>0:unstable")
                    .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofHours(3)).build()).build();
            runs.add(ScanRun.start(settings, poller, WatchListener.NONE));
        }
        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        assertThat(runs).allSatisfy(run -> assertThat(run.result().join().images()).hasSize(30)
                .noneMatch(image -> image.reason() != null && image.reason().contains("timed out")));
        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(cloud.hss.throttledCount(endpoint)).as("429s on %s", endpoint).isZero();
        }
        sent.forEach((call, instants) -> assertThat(busiestMinute(instants)).as(call).isLessThanOrEqualTo(5));
        // Every poll served them all: each report counts it, and a tenth of it as its share.
        double shares = runs.stream().mapToDouble(run -> run.result().join().requestShares().get("swr-repository")).sum();
        assertThat(shares).isCloseTo(cloud.requests(Endpoint.LIST_SWR_IMAGES), org.assertj.core.data.Offset.offset(0.1));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("ten runs started together share one batch scan")
                .isEqualTo(1);
    }

    @Test
    void aPollCostsOnePageOfTheListPerPageSizeOfTargets() {
        cloud = new SimulatedHss(threeNamespaces(200, false));
        ListingCounter api = new ListingCounter(cloud.client(CallListener.NONE));
        SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT.withPageSize(50)), api);

        ScanReport report = cloud.finish(ScanRun.start(settingsFor(200), poller, cloud.events::add));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(api.listings.get()).as("the resolution, then one listing per poll").isGreaterThan(5);
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isLessThanOrEqualTo(api.listings.get() * 4L);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).as("no level threshold asked").isZero();
        assertThat(report.requests()).containsEntry("batch-scan", 1)
                .containsEntry("swr-repository", (int) cloud.requests(Endpoint.LIST_SWR_IMAGES));
    }

    @Test
    void vulnerabilityPagesAreFetchedOnlyWhenALevelThresholdAsksAndOnlyForImagesWithVulnerabilities() {
        cloud = new SimulatedHss(threeNamespaces(200, true));
        ListingCounter api = new ListingCounter(cloud.client(CallListener.NONE));
        SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT.withPageSize(50)), api);
        var settings = settingsFor(200).toBuilder().thresholds("delay_repair>5").build();

        ScanReport report = cloud.finish(ScanRun.start(settings, poller, cloud.events::add));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.LIST_IMAGE_VULNERABILITIES)).as("one page per image with vulnerabilities")
                .isEqualTo(50);
        assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isLessThanOrEqualTo(api.listings.get() * 4L);
    }

    /** 200 images over three namespaces whose scans end over ten minutes; every fourth has 2 vulnerabilities. */
    private static Scenario threeNamespaces(int count, boolean someVulnerable) {
        Scenario.Builder scenario = Scenario.builder().startDelay(Duration.ofSeconds(10));
        for (int i = 0; i < count; i++) {
            int n = i;
            scenario.image(reference(i), image -> {
                image.scanDuration(Duration.ofMinutes(1 + n % 10));
                if (someVulnerable && n % 4 == 0) {
                    image.vulnerabilities(Vulnerability.of("CVE-2026-" + n, RepairNecessity.DELAY_REPAIR, "zlib", "1.2"),
                            Vulnerability.of("CVE-2026-9" + n, RepairNecessity.NOT_NEEDED_REPAIR, "curl", "8.0"));
                }
            });
        }
        return scenario.build();
    }

    private static String reference(int i) {
        return List.of("alpha", "beta", "gamma").get(i % 3) + "/svc-" + i + ":1.0";
    }

    private io.jenkins.plugins.hss.core.model.ScanSettings settingsFor(int count) {
        String[] targets = java.util.stream.IntStream.range(0, count).mapToObj(SharedBudgetTest::reference)
                .toArray(String[]::new);
        return cloud.settings(targets).waitOptions(SimulatedHss.quickWait().timeout(Duration.ofHours(1)).build()).build();
    }

    /** The first {@code wanted} private images of the generated scenario. */
    private static List<String> privateImages(int generated, int wanted) {
        List<String> references = Scenario.generated(generated, 11, SimulatedHss.START).images().stream()
                .filter(image -> image.type() == ImageType.PRIVATE_IMAGE).map(ScenarioImage::ref)
                .map(Object::toString).limit(wanted).toList();
        assertThat(references).hasSize(wanted);
        return references;
    }

    /** The most calls any 60 s window holds. */
    private static long busiestMinute(List<Instant> instants) {
        return instants.stream().mapToLong(start -> instants.stream()
                .filter(t -> !t.isBefore(start) && t.isBefore(start.plusSeconds(60))).count()).max().orElse(0);
    }

    /** The real client, counting the listings it was asked for (each starts at offset 0). */
    private static final class ListingCounter implements HssApi {
        private final HssApi client;
        final AtomicInteger listings = new AtomicInteger();

        ListingCounter(HssApi client) {
            this.client = client;
        }

        @Override
        public Instant batchScan(BatchScanRequest request) throws HssException {
            return client.batchScan(request);
        }

        @Override
        public SyncAnswer synchronize(String projectId, io.jenkins.plugins.hss.core.model.ImageType imageType,
                                      String enterpriseProjectId)
                throws HssException {
            return client.synchronize(projectId, imageType, enterpriseProjectId);
        }

        @Override
        public io.jenkins.plugins.hss.core.client.Accepted createImageSyncTask(String projectId,
                io.jenkins.plugins.hss.core.model.ImageSyncRequest request) throws HssException {
            return client.createImageSyncTask(projectId, request);
        }

        @Override
        public ListPage<SwrImage> listSwrImages(String projectId, SwrImageQuery query, int offset, int limit) throws HssException {
            if (offset == 0) {
                listings.incrementAndGet();
            }
            return client.listSwrImages(projectId, query, offset, limit);
        }

        @Override
        public ListPage<io.jenkins.plugins.hss.core.model.Vulnerability> listImageVulnerabilities(String projectId,
                VulnerabilityQuery query, int offset, int limit) throws HssException {
            return client.listImageVulnerabilities(projectId, query, offset, limit);
        }
    }
}
