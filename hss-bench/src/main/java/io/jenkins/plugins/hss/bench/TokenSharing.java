package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * IAM token requests when {@code scans} builds with one IAM-user credential start at the same
 * instant on real threads, sharing the client a controller keeps per credential: each triggers
 * its image and lists it. The token cache should fetch once for all of them.
 */
final class TokenSharing {

    /** @param hssCalls the HSS calls made, each of which needed a token */
    record Outcome(int scans, long iamTokenRequests, long hssCalls) {
    }

    private TokenSharing() {
    }

    static Outcome measure(int scans) throws Exception {
        Instant now = SimulatedHss.startOfRun();
        BenchScenario scenario = BenchScenario.privateImages(scans, now);
        try (SimulatedHss hss = SimulatedHss.start(scenario, null, now);
             HssClient client = EngineClients.iamUser(hss.baseUrl(), hss.clock())) {
            ExecutorService threads = Executors.newFixedThreadPool(scans);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> done = new ArrayList<>();
                for (var ref : scenario.refs()) {
                    ImageRef image = ImageRef.of(ref.namespace(), ref.name(), ref.tag());
                    done.add(threads.submit(() -> {
                        start.await();
                        scan(client, image, hss.projectId());
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> scan : done) {
                    scan.get();
                }
            } finally {
                threads.shutdownNow();
            }
            RequestCounts counts = hss.counts();
            return new Outcome(scans, counts.iamTokens(), counts.hssCalls());
        }
    }

    private static void scan(HssClient client, ImageRef image, String projectId) throws Exception {
        ScanSettings settings = ScanSettings.builder().image(image).imageType(ImageType.PRIVATE_IMAGE)
                .projectId(projectId).build();
        client.batchScan(settings.toRequest());
        client.listSwrImages(projectId, SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).namespace(image.namespace())
                .imageName(image.name()).imageVersion(image.tag()).build(), 0, 10);
    }
}
