package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.RateLimit;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The simulator on a {@link MutableClock} that every client of a measurement shares, holding one
 * scenario, with or without HSS's rate limit. Counts start at zero.
 */
final class SimulatedHss implements AutoCloseable {

    static final String ACCESS_KEY = HssSimulator.DEMO_ACCESS_KEY;
    static final String SECRET_KEY = HssSimulator.DEMO_SECRET_KEY;
    static final String REGION = HssSimulator.DEFAULT_REGION;

    private final MutableClock clock;
    private final HssSimulator simulator;

    private SimulatedHss(MutableClock clock, HssSimulator simulator) {
        this.clock = clock;
        this.simulator = simulator;
    }

    /**
     * @param limit HSS's per-user, per-API limit, or null for none (to count requests without
     *              the limit's pacing deciding them)
     */
    static SimulatedHss start(BenchScenario scenario, RateLimit limit, Instant now) {
        return start(scenario, limit, now, List.of(HssSimulator.DEFAULT_PROJECT_ID));
    }

    /**
     * @param projects the account's projects, {@link #projectId()} first; they share the images,
     *                 the user's rate limit and the account's scanners
     */
    static SimulatedHss start(BenchScenario scenario, RateLimit limit, Instant now, List<String> projects) {
        MutableClock clock = new MutableClock(now);
        HssSimulator.Builder builder = HssSimulator.builder()
                .clock(clock)
                .scenario(scenario.scenario())
                .accessKey(ACCESS_KEY, SECRET_KEY)
                .iamUser(HssSimulator.DEMO_DOMAIN, HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD)
                .rateLimit(limit);
        projects.forEach(builder::projectId);
        return new SimulatedHss(clock, builder.start());
    }

    /** The instant every run starts from: now, whole seconds, so that signatures are fresh. */
    static Instant startOfRun() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    MutableClock clock() {
        return clock;
    }

    HssSimulator simulator() {
        return simulator;
    }

    String baseUrl() {
        return simulator.baseUrl();
    }

    String projectId() {
        return simulator.projectId();
    }

    RequestCounts counts() {
        return RequestCounts.of(simulator);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
