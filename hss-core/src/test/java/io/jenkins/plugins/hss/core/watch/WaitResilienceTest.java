package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A wait survives what a long wait meets: throttling, an expired token, a cancel, a restart. */
class WaitResilienceTest {

    private static final Scenario THREE_IMAGES = Scenario.builder()
            .image("team-a/api:1.0", image -> image.previouslyScanned(SimulatedHss.START.minus(Duration.ofDays(3))))
            .image("team-a/web:1.0")
            .image("team-b/worker:3.2")
            .build();
    private static final String[] TARGETS = {"team-a/api:1.0", "team-a/web:1.0", "team-b/worker:3.2"};

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void aStormOf429sSlowsTheWaitButItStillReachesItsVerdict() {
        cloud = new SimulatedHss(THREE_IMAGES);
        cloud.hss.faults().next(Endpoint.BATCH_SCAN, 6, Fault.throttle(Duration.ofSeconds(20)));
        cloud.hss.faults().next(Endpoint.LIST_SWR_IMAGES, 12, Fault.throttle(Duration.ofSeconds(30)));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(TARGETS).build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.hss.throttledCount(Endpoint.BATCH_SCAN)).isEqualTo(6);
        assertThat(cloud.hss.throttledCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(12);
        assertThat(cloud.events(WatchEvent.Throttled.class)).as("the queue paused and resent").isNotEmpty();
        assertThat(cloud.requests(Endpoint.BATCH_SCAN) - 6).as("one trigger got through").isEqualTo(1);
    }

    @Test
    void everyThrottledAttemptIsCountedInTheReport() {
        cloud = new SimulatedHss(THREE_IMAGES);
        cloud.hss.faults().next(Endpoint.BATCH_SCAN, 6, Fault.throttle(Duration.ofSeconds(20)));
        cloud.hss.faults().next(Endpoint.LIST_SWR_IMAGES, 12, Fault.throttle(Duration.ofSeconds(30)));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(TARGETS).build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.requests()).containsEntry("batch-scan", 7)
                .containsEntry("swr-repository", (int) cloud.requests(Endpoint.LIST_SWR_IMAGES));
    }

    @Test
    void aTokenThatExpiresMidWaitIsRenewedWithoutTheWaitNoticing() {
        cloud = new SimulatedHss(THREE_IMAGES, simulator -> { },
                IamUserCredentials.of(HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD, HssSimulator.DEMO_DOMAIN));
        ScanRun run = cloud.start(cloud.settings(TARGETS).build());
        cloud.runUntil(() -> !cloud.events(WatchEvent.ImageStarted.class).isEmpty());

        cloud.hss.expireAllTokens();
        ScanReport report = cloud.finish(run);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.IAM_TOKENS)).as("the first token and its renewal").isEqualTo(2);
        assertThat(cloud.events(WatchEvent.PollFailed.class)).isEmpty();
    }

    @Test
    void aCancelledRunSendsNothingMore() {
        cloud = new SimulatedHss(THREE_IMAGES);
        ScanRun run = cloud.start(cloud.settings(TARGETS).build());
        cloud.runUntil(() -> cloud.requests(Endpoint.BATCH_SCAN) == 1);

        run.cancel();
        Map<Endpoint, Long> atCancel = cloud.requestCounts();
        cloud.clock.advance(Duration.ofHours(1));
        cloud.scheduler.runUntil(() -> false, Duration.ofHours(2));

        assertThat(cloud.requestCounts()).isEqualTo(atCancel);
        assertThat(run.result()).isCompletedExceptionally();
        assertThat(run.result().handle((report, error) -> error)).isCompletedWithValueMatching(
                error -> error instanceof CancellationException);
    }

    @Test
    void aRunResumedFromItsSerializedStateWaitsWithoutTriggeringAgain() throws Exception {
        cloud = new SimulatedHss(THREE_IMAGES);

        ScanReport report = resumedAfterRestart(cloud.settings(TARGETS).build());

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).hasSize(3).allMatch(image -> image.scanTime().isAfter(report.triggeredAt()));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
    }

    @Test
    void aCountedSelectionResumedFromItsSerializedStateStillExpectsEveryImage() throws Exception {
        cloud = new SimulatedHss(THREE_IMAGES);

        ScanReport report = resumedAfterRestart(cloud.settings().operateAll(true).namespace("team-a").build());

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).extracting(image -> image.reference())
                .containsExactlyInAnyOrder("team-a/api:1.0", "team-a/web:1.0");
        assertThat(report.images()).allMatch(image -> image.scanTime().isAfter(report.triggeredAt()));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
    }

    /** Starts a run, drops it as a restart would once its state is saved, and resumes it on a new poller. */
    private ScanReport resumedAfterRestart(ScanSettings settings) throws Exception {
        List<byte[]> saved = new ArrayList<>();
        ScanRun before = ScanRun.start(settings, cloud.poller(), event -> {
            if (event instanceof WatchEvent.Triggered triggered) {
                saved.add(serialize(triggered.state().orElseThrow()));
            }
        });
        cloud.runUntil(() -> !saved.isEmpty());
        assertThat(before.state()).isPresent();
        before.cancel();

        SharedPoller afterRestart = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT), cloud.client(CallListener.NONE));
        ScanRun resumed = ScanRun.resume(deserialize(saved.get(0)), settings, afterRestart, cloud.events::add);
        return cloud.finish(resumed);
    }

    private static byte[] serialize(WaitSnapshot state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static WaitSnapshot deserialize(byte[] bytes) throws IOException, ClassNotFoundException {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (WaitSnapshot) in.readObject();
        }
    }
}
