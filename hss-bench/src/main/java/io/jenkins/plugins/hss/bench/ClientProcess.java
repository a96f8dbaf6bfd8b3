package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The client side of one scale measurement, in a JVM of its own (started by {@link ForkedClient}
 * with a bounded heap) so that its CPU and heap are the engine's alone: one scan run against the
 * simulator of the parent process, on a copy of its clock moved in step, with a timeout long
 * enough for its verdict, then the same run again in the warm JVM (a controller's JVM is warm after its first builds), measured apart. Prints
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
        BuildPlan plan = args[4].equals("all") ? BuildPlan.everyPrivateImage(projectId)
                : BuildPlan.imageList(projectId, BenchScenario.privateImages(images, start).refs());
        MutableClock clock = new MutableClock(start);
        SimulatorClock simulator = new SimulatorClock(baseUrl);
        Consumer<Duration> advance = amount -> {
            clock.advance(amount);
            simulator.accept(amount);
        };
        Connection connection = EngineClients.connection(baseUrl);
        ResourceMeter meter = ResourceMeter.start();
        ScanReport report = run(connection, clock, advance, plan);
        ResourceMeter.Use use = meter.stop();
        RequestCounts counts = SimulatorStats.read(baseUrl);
        // Past the 5 minutes in which a previous scan counts as recent, and past the rate window.
        advance.accept(WARM_RUN_PAUSE);
        ResourceMeter warmMeter = ResourceMeter.start();
        ScanReport again = run(connection, clock, advance, plan);
        ResourceMeter.Use warmUse = warmMeter.stop();
        if (again.images().size() != report.images().size()) {
            throw new IllegalStateException("the warm run saw other images than the first");
        }
        ClientFigures figures = new ClientFigures(report.images().size(), report.outcome().name(), counts, use,
                warmUse);
        System.out.println(new ObjectMapper().writeValueAsString(figures));
    }

    private static ScanReport run(Connection connection, Clock clock, Consumer<Duration> advance, BuildPlan plan) {
        return EngineBuilds.run(connection, clock, advance, List.of(plan), SideBySide.GIVE_UP,
                BenchSettings.Pace.DEFAULT, SideBySide.GIVE_UP)
                .reports().get(0);
    }
}
