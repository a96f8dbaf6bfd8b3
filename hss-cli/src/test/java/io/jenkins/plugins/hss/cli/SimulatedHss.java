package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.EndpointStats;
import io.jenkins.plugins.hss.simulator.FaultPlan;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.ScenarioImage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A simulator for running the command against: on real time, scans that take a fraction of a
 * second and options that poll them quickly; or on simulated time shared with the command.
 */
final class SimulatedHss implements AutoCloseable {

    static final Duration SCAN = Duration.ofMillis(300);

    /** The simulator's demo access key, as a CI job would export it. */
    static final Map<String, String> ACCESS_KEY_ENV = Map.of(
            "HSS_ACCESS_KEY", HssSimulator.DEMO_ACCESS_KEY,
            "HSS_SECRET_KEY", HssSimulator.DEMO_SECRET_KEY);

    private static final String IMAGE_TYPE = "--image-type";

    /** Where the simulated-time simulators start: their clock, shared with the command. */
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final HssSimulator simulator;
    /** The clock the simulator and the command share; null for a simulator on real time. */
    private final MutableClock clock;

    private SimulatedHss(HssSimulator simulator, MutableClock clock) {
        this.simulator = simulator;
        this.clock = clock;
    }

    /**
     * A simulator on simulated time, with HSS's rate limit and scans as HSS runs them (the
     * previous result shows for 10 s, then 60 s of scanning), and commands that run on the same
     * clock, unpaced ({@link SimulatedTime}): an hour of waiting takes milliseconds, and {@link #clock()}
     * tells when the command ended.
     */
    static SimulatedHss onSimulatedTime(Consumer<Scenario.Builder> images, Consumer<HssSimulator.Builder> setUp) {
        MutableClock clock = new MutableClock(START);
        Scenario.Builder scenario = Scenario.builder().startDelay(Duration.ofSeconds(10)).scanDuration(Duration.ofSeconds(60));
        images.accept(scenario);
        HssSimulator.Builder simulator = HssSimulator.builder().clock(clock).scenario(scenario.build())
                .rateLimit(RateLimit.HSS);
        setUp.accept(simulator);
        return new SimulatedHss(simulator.start(), clock);
    }

    /** The shared clock of a simulator on simulated time. */
    MutableClock clock() {
        if (clock == null) {
            throw new IllegalStateException("this simulator runs on real time");
        }
        return clock;
    }

    /** The time the command's run took, on the shared clock. */
    Duration elapsed() {
        return Duration.between(START, clock().instant());
    }

    /** Requests {@code endpoint} received, refused ones included. */
    long requests(Endpoint endpoint) {
        return simulator.requestCount(endpoint);
    }

    /** Pushes an image to SWR now: HSS lists it only after a sync (see docs/simulator.md, "Sync"). */
    void push(String reference, Consumer<ScenarioImage.Builder> details) {
        simulator.push(reference, details);
    }

    /** The faults planned for the next requests. */
    FaultPlan faults() {
        return simulator.faults();
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
        return new SimulatedHss(simulator.start(), null);
    }

    /**
     * Runs the command against this simulator with {@code environment} as its environment: on
     * real time with quick polls, or on the simulator's clock with the command's own intervals.
     */
    CommandRun run(Map<String, String> environment, Path workingDirectory, String... args) {
        if (clock != null) {
            return CommandRun.of(new Shell(environment, workingDirectory, false, Interruption.NONE,
                    () -> new SimulatedTime(clock, step -> { }, Duration.ofHours(12))), arguments(args));
        }
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
                "--project-id", simulator.projectId()));
        if (clock == null) {
            all.addAll(List.of("--rate-limit", "100/1s"));
        }
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
