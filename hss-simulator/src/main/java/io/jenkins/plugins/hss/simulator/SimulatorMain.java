package io.jenkins.plugins.hss.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/** {@code java -jar hss-simulator.jar [options]}: the simulator on its own, for demos and manual tests. */
public final class SimulatorMain {

    static final int EXIT_USAGE = 2;

    private SimulatorMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(Arrays.asList(args));
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.err.println(LaunchOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.help) {
            System.out.println(LaunchOptions.USAGE);
            return;
        }
        HssSimulator simulator = start(options);
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "hss-simulator-shutdown"));
        describe(simulator, options, System.out);
        new CountDownLatch(1).await();
    }

    static HssSimulator start(LaunchOptions options) throws IOException {
        Clock clock = options.timeScale == 1 ? Clock.systemUTC() : new ScaledClock(Clock.systemUTC(), options.timeScale);
        Scenario scenario = options.scenarioFile != null
                ? Scenario.fromJson(options.scenarioFile)
                : Scenario.generated(options.images, options.seed, clock.instant());
        HssSimulator.Builder builder = HssSimulator.builder()
                .clock(clock)
                .port(options.port)
                .scenario(scenario.withRules(options.rules(scenario.rules())).withSync(options.sync(scenario.sync())))
                .retryAfterHeader(options.retryAfter)
                .neverScannedTime(options.neverScannedTime)
                .projectId(options.projectId)
                .region(options.region)
                .tokenLifetime(options.tokenLifetime)
                .rateLimit(options.rateLimit)
                .iamUser(options.iamDomain, options.iamUser, options.iamPassword);
        if (options.securityToken == null) {
            builder.accessKey(options.accessKey, options.secretKey);
        } else {
            builder.temporaryAccessKey(options.accessKey, options.secretKey, options.securityToken);
        }
        options.hostile.forEach(hostility -> builder.faults(plan -> plan.hostile(hostility)));
        return builder.start();
    }

    /** Start-up banner. Only the demo's fake secrets are shown; secrets the operator chose are not. */
    static void describe(HssSimulator simulator, LaunchOptions options, PrintStream out) {
        out.println("HSS simulator listening on " + simulator.baseUrl() + " (HSS and IAM endpoint)");
        out.println("  project id:  " + simulator.projectId() + " (region " + options.region + ")");
        out.println("  access key:  " + options.accessKey + " / secret key "
                + demoOnly(options.secretKey, HssSimulator.DEMO_SECRET_KEY));
        out.println("  IAM user:    " + options.iamDomain + "/" + options.iamUser + " password "
                + demoOnly(options.iamPassword, HssSimulator.DEMO_PASSWORD));
        out.println("  scenario:    " + (options.scenarioFile != null ? options.scenarioFile
                : options.images + " generated images, seed " + options.seed));
        out.println("  rate limit:  " + (options.rateLimit == null ? "off" : options.rateLimit.calls() + " calls/minute per user and per IP, per API"));
        out.println("  time scale:  x" + options.timeScale + "; admin: " + simulator.baseUrl() + "/_sim/stats");
        options.hostile.forEach(hostility -> out.println("  hostile:     " + hostility.key() + ": " + hostility.description()));
    }

    private static String demoOnly(String secret, String demoSecret) {
        return secret.equals(demoSecret) ? secret : "(as given)";
    }
}
