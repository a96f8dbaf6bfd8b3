package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The client side of one scale measurement, in a JVM of its own (started by {@link ForkedClient}
 * with a bounded heap) so that its CPU and heap are the engine's alone: one scan run against the
 * simulator of the parent process, on a copy of its clock moved in step, then the same run again
 * in the warm JVM (a controller's JVM is warm after its first builds), measured apart. Prints
 * {@link ClientFigures} as one JSON line.
 *
 * <p>Arguments: base URL, project id, the simulated start in epoch milliseconds, the image count,
 * and {@code list} (an image list) or {@code all} ({@code operate_all}).
 */
public final class ClientProcess {

    private static final Duration WARM_RUN_PAUSE = Duration.ofMinutes(10);

    private ClientProcess() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String projectId = args[1];
        Instant start = Instant.ofEpochMilli(Long.parseLong(args[2]));
        int images = Integer.parseInt(args[3]);
        ScanSettings settings = args[4].equals("all")
                ? BenchSettings.everyPrivateImage(projectId)
                : BenchSettings.imageList(BenchScenario.privateImages(images, start).refs(), projectId);
        MutableClock clock = new MutableClock(start);
        SimulatorClock simulator = new SimulatorClock(baseUrl);
        Consumer<Duration> advance = amount -> {
            clock.advance(amount);
            simulator.accept(amount);
        };
        try (HssClient client = EngineClients.accessKey(baseUrl, projectId, clock)) {
            PollRecorder recorder = new PollRecorder(client, clock);
            ResourceMeter meter = ResourceMeter.start();
            EngineBuilds.Outcome outcome = EngineBuilds.run(recorder, clock, advance, List.of(settings), Duration.ofDays(1));
            ResourceMeter.Use use = meter.stop();
            ScanReport report = outcome.reports().get(0);
            VerdictTiming timing = VerdictTiming.of(report, recorder.pages());
            RequestCounts counts = SimulatorStats.read(baseUrl);
            // Past the 5 minutes in which a previous scan counts as recent, and past the rate window.
            advance.accept(WARM_RUN_PAUSE);
            ResourceMeter warmMeter = ResourceMeter.start();
            EngineBuilds.Outcome again = EngineBuilds.run(client, clock, advance, List.of(settings),
                    Duration.ofDays(1));
            ResourceMeter.Use warmUse = warmMeter.stop();
            if (again.reports().get(0).images().size() != report.images().size()) {
                throw new IllegalStateException("the warm run saw other images than the first");
            }
            ClientFigures figures = new ClientFigures(report.images().size(), report.outcome().name(), counts,
                    timing.polls(), timing.delay().toMillis(), timing.interval().toMillis(),
                    outcome.timeToAllVerdicts().toMillis(), use, warmUse);
            System.out.println(new ObjectMapper().writeValueAsString(figures));
        }
    }
}
