package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.trigger.SharedTrigger;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.Hostility;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, part B: runs of one user that trigger within the window send one batch scan with the
 * union of their images, each still judging only its own; what happens to the call happens to
 * every member, and a member restarted after the call triggers nothing more.
 */
class SharedTriggerTest {

    private static final Instant START = SimulatedHss.START;

    private SimulatedHss cloud;
    private PageLog log;
    private HssEngine engine;
    private SharedPoller poller;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    /** {@code images} of team-a (svc-0 … svc-N-1) whose scans end 70 s after their trigger; {@code failing} fail. */
    private void hss(int images, int... failing) {
        Scenario.Builder scenario = Scenario.builder();
        for (int i = 0; i < images; i++) {
            int index = i;
            boolean fails = IntStream.of(failing).anyMatch(f -> f == index);
            scenario.image(ref(i), image -> image.outcome(fails ? ScanOutcome.FAILED : ScanOutcome.SUCCESS));
        }
        cloud = new SimulatedHss(scenario.build(), simulator -> simulator.rateLimit(
                io.jenkins.plugins.hss.simulator.RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        engine = cloud.engine(CallBudget.HSS_DEFAULT);
        log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
        poller = cloud.poller(engine, log);
    }

    private static String ref(int i) {
        return "team-a/svc-" + i + ":1.0";
    }

    private static List<String> images(int from, int to) {
        return IntStream.range(from, to).mapToObj(SharedTriggerTest::ref).toList();
    }

    private ScanSettings settings(List<String> images) {
        return cloud.settings(images.toArray(String[]::new)).build();
    }

    private ScanRun start(List<String> images, List<WatchEvent> events) {
        return ScanRun.start(settings(images), poller, events::add);
    }

    private static List<String> referencesOf(ScanReport report) {
        return report.images().stream().map(image -> image.reference()).toList();
    }

    private List<Integer> sizesOfTheBatchScans() {
        return log.triggers.stream().map(sent -> sent.request().images().size()).toList();
    }

    @Test
    void runsThatTriggerWithinTheWindowShareOneBatchScanAndEachJudgesOnlyItsOwnImages() {
        hss(6, 1);
        List<ScanRun> runs = List.of(start(images(0, 2), new ArrayList<>()), start(images(2, 4), new ArrayList<>()),
                start(images(4, 6), new ArrayList<>()));

        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        assertThat(sizesOfTheBatchScans()).as("one call, the union of their images").containsExactly(6);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        List<ScanReport> reports = runs.stream().map(run -> run.result().join()).toList();
        assertThat(reports).extracting(SharedTriggerTest::referencesOf)
                .containsExactly(images(0, 2), images(2, 4), images(4, 6));
        assertThat(reports).extracting(ScanReport::outcome)
                .containsExactly(Outcome.FAILURE, Outcome.SUCCESS, Outcome.SUCCESS);
        assertThat(reports).extracting(ScanReport::triggeredAt).containsOnly(log.triggers.get(0).at());
        // Each report counts the shared call once, and a third of it as its share.
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.requests()).containsEntry("batch-scan", 1);
            assertThat(report.requestShares()).containsEntry("batch-scan", 0.33);
        });
    }

    @Test
    void aLoneRunWaitsNoLongerThanTheWindowAndALaterOneGetsItsOwnCall() {
        hss(3);
        ScanRun first = start(images(0, 1), new ArrayList<>());
        pass(Duration.ofSeconds(1));
        ScanRun second = start(images(1, 2), new ArrayList<>());
        pass(Duration.ofSeconds(2));
        ScanRun third = start(images(2, 3), new ArrayList<>());

        ScanReport firstReport = cloud.finish(first);
        ScanReport secondReport = cloud.finish(second);
        ScanReport thirdReport = cloud.finish(third);

        assertThat(log.triggers).extracting(PageLog.Sent::at)
                .containsExactly(START.plus(HssEngine.DEFAULT_TRIGGER_WINDOW), START.plusSeconds(3 + 2));
        assertThat(sizesOfTheBatchScans()).containsExactly(2, 1);
        assertThat(firstReport.triggeredAt()).isEqualTo(secondReport.triggeredAt());
        assertThat(thirdReport.triggeredAt()).as("its own window").isEqualTo(START.plusSeconds(3 + 2));
    }

    @Test
    void aBatchScanNamesAtMostAThousandImages() {
        hss(1200);
        List<ScanRun> runs = List.of(start(images(0, 400), new ArrayList<>()), start(images(400, 800), new ArrayList<>()),
                start(images(800, 1200), new ArrayList<>()));

        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        assertThat(sizesOfTheBatchScans()).containsExactly(800, 400);
        assertThat(runs).extracting(run -> run.result().join().outcome()).containsOnly(Outcome.SUCCESS);
    }

    @Test
    void runsThatSendAnotherBodyDoNotShareTheirCall() {
        hss(4);
        ScanRun plain = start(images(0, 2), new ArrayList<>());
        ScanRun otherProject = ScanRun.start(cloud.settings(images(2, 4).toArray(String[]::new))
                .enterpriseProjectId("ep-2").build(), poller, WatchListener.NONE);

        cloud.runUntil(() -> plain.result().isDone() && otherProject.result().isDone());

        assertThat(log.triggers).extracting(sent -> sent.request().enterpriseProjectId())
                .containsExactlyInAnyOrder(null, "ep-2");
    }

    @Test
    void aLostAnswerIsCheckedOnceForEveryMemberAndTheCallIsNotSentAgain() {
        hss(6);
        cloud.hss.faults().hostile(Hostility.TRIGGER_LOST);
        List<List<WatchEvent>> events = List.of(new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>(),
                new CopyOnWriteArrayList<>());
        List<ScanRun> runs = List.of(start(images(0, 2), events.get(0)), start(images(2, 4), events.get(1)),
                start(images(4, 6), events.get(2)));

        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).as("never sent again blindly").isEqualTo(1);
        assertThat(events).allSatisfy(heard -> assertThat(heard).hasAtLeastOneElementOfType(WatchEvent.TriggerUnconfirmed.class)
                .hasAtLeastOneElementOfType(WatchEvent.TriggerConfirmed.class));
        Instant checked = START.plus(HssEngine.DEFAULT_TRIGGER_WINDOW).plus(SharedTrigger.CHECK_DELAY);
        assertThat(log.reads.stream().filter(read -> read.at().equals(checked))).as("one check listing for all")
                .hasSize(1);
        assertThat(runs).extracting(run -> run.result().join().outcome()).containsOnly(Outcome.SUCCESS);
    }

    @Test
    void aRefusedBatchScanFailsEveryMember() {
        hss(4);
        cloud.hss.faults().next(Endpoint.BATCH_SCAN, Fault.error(400, "HSS.0001", "invalid param error"));
        List<ScanRun> runs = List.of(start(images(0, 2), new ArrayList<>()), start(images(2, 4), new ArrayList<>()));

        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        assertThat(runs).allSatisfy(run -> assertThat(run.result().handle((report, error) ->
                error instanceof CompletionException ? error.getCause() : error).join())
                .isInstanceOf(HssApiException.class).hasMessageContaining("HSS.0001"));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
    }

    @Test
    void aRunCancelledBeforeTheCallLeavesItAndItsImagesAreNotScanned() {
        hss(4);
        ScanRun staying = start(images(0, 2), new ArrayList<>());
        ScanRun leaving = start(images(2, 4), new ArrayList<>());
        leaving.cancel();

        ScanReport report = cloud.finish(staying);

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(sizesOfTheBatchScans()).containsExactly(2);
        assertThat(cloud.hss.scans()).extracting(TriggeredScan::image).extracting(Object::toString)
                .containsExactlyInAnyOrderElementsOf(images(0, 2));
    }

    @Test
    void aRunRestartedAfterItsSharedTriggerResumesWithItsOwnTriggerInstantAndTriggersNothingMore() throws Exception {
        hss(6, 3);
        List<WaitSnapshot> saved = new CopyOnWriteArrayList<>();
        WatchListener persisting = event -> {
            if (event instanceof WatchEvent.Triggered triggered) {
                saved.add(triggered.state().orElseThrow());
            }
        };
        ScanRun before = ScanRun.start(settings(images(2, 4)), poller, persisting);
        ScanRun other = start(images(0, 2), new ArrayList<>());
        cloud.runUntil(() -> !saved.isEmpty());
        before.cancel();
        WaitSnapshot restored = roundTrip(saved.get(0));

        // Another process: a fresh engine, which knows nothing of the call.
        HssEngine restarted = cloud.engine(CallBudget.HSS_DEFAULT);
        ScanReport resumed = cloud.finish(ScanRun.resume(restored, settings(images(2, 4)),
                cloud.poller(restarted, cloud.client(CallListener.NONE)), WatchListener.NONE));
        ScanReport otherReport = cloud.finish(other);

        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(resumed.triggeredAt()).isEqualTo(otherReport.triggeredAt()).isEqualTo(log.triggers.get(0).at());
        assertThat(referencesOf(resumed)).containsExactlyElementsOf(images(2, 4));
        assertThat(resumed.outcome()).as("its own failing image").isEqualTo(Outcome.FAILURE);
        assertThat(otherReport.outcome()).isEqualTo(Outcome.SUCCESS);
    }

    /** Simulated time passes, its tasks running. */
    private void pass(Duration time) {
        Instant then = cloud.clock.instant().plus(time);
        cloud.scheduler.runUntil(() -> false, time);
        cloud.clock.advance(Duration.between(cloud.clock.instant(), then));
    }

    private static WaitSnapshot roundTrip(WaitSnapshot state) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(state);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (WaitSnapshot) in.readObject();
        }
    }
}
