package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.simulator.EndpointStats;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A simulator on real time for running the command against: scans that take a fraction of a
 * second, and the options that point the command at it and poll it quickly.
 */
final class SimulatedHss implements AutoCloseable {

    static final Duration SCAN = Duration.ofMillis(300);

    /** The simulator's demo access key, as a CI job would export it. */
    static final Map<String, String> ACCESS_KEY_ENV = Map.of(
            "HSS_ACCESS_KEY", HssSimulator.DEMO_ACCESS_KEY,
            "HSS_SECRET_KEY", HssSimulator.DEMO_SECRET_KEY);

    private static final String IMAGE_TYPE = "--image-type";

    private final HssSimulator simulator;

    private SimulatedHss(HssSimulator simulator) {
        this.simulator = simulator;
    }

    /** The simulator with images that {@code images} adds, each scanning for {@link #SCAN}. */
    static SimulatedHss with(Consumer<Scenario.Builder> images) {
        return with(images, simulator -> { });
    }

    /** As {@link #with(Consumer)}, with more set-up of the simulator (credentials, faults). */
    static SimulatedHss with(Consumer<Scenario.Builder> images, Consumer<HssSimulator.Builder> setUp) {
        Scenario.Builder scenario = Scenario.builder().startDelay(Duration.ZERO).scanDuration(SCAN);
        images.accept(scenario);
        HssSimulator.Builder simulator = HssSimulator.builder().scenario(scenario.build());
        setUp.accept(simulator);
        return new SimulatedHss(simulator.start());
    }

    /** Runs the command against this simulator with {@code environment} as its environment. */
    CommandRun run(Map<String, String> environment, Path workingDirectory, String... args) {
        List<String> quickPolls = new ArrayList<>(List.of("--poll-interval", "50ms", "--max-poll-interval", "100ms"));
        quickPolls.addAll(List.of(args));
        return CommandRun.of(environment, workingDirectory, arguments(quickPolls.toArray(String[]::new)));
    }

    /**
     * {@code args} after the options that point the command at this simulator, and after
     * {@code --image-type private_image}, the simulator's images, unless {@code args} name a type
     * themselves (an option given twice is a usage error).
     */
    String[] arguments(String... args) {
        List<String> all = new ArrayList<>(List.of(
                "--region", HssSimulator.DEFAULT_REGION,
                "--endpoint", simulator.baseUrl(),
                "--iam-endpoint", simulator.baseUrl(),
                "--project-id", simulator.projectId(),
                "--rate-limit", "100/1s"));
        if (Arrays.stream(args).noneMatch(arg -> arg.equals(IMAGE_TYPE) || arg.startsWith(IMAGE_TYPE + "="))) {
            all.addAll(List.of(IMAGE_TYPE, "private_image"));
        }
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    /** The simulator's base URL, serving both HSS and IAM. */
    String baseUrl() {
        return simulator.baseUrl();
    }

    /** Every request the simulator received, on any endpoint. */
    long requestsReceived() {
        return simulator.requestStats().values().stream().mapToLong(EndpointStats::received).sum();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
