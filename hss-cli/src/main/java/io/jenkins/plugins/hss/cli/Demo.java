package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Hostility;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;

/**
 * {@code hss-scan --demo}: the {@link DemoRepository} on a simulator in this process, reached over
 * real HTTP with the demo access key, on simulated time ({@link SimulatedTime}). Options the user gave
 * (images, gate, wait, reports) still apply; the demo fills in only what is missing.
 */
final class Demo implements AutoCloseable {

    private final PrintWriter err;
    private final HssSimulator simulator;
    private final SimulatedTime time;
    private final Hostility hostility;
    /** Whether the run scans the seeded images with the demo's gate, which the footer's story tells. */
    private boolean seeded;
    /** The hostile demo's default timeout, some 5 s of real time. */
    static final String HOSTILE_TIMEOUT = "10m";

    private Demo(PrintWriter err, HssSimulator simulator, SimulatedTime time, Hostility hostility) {
        this.err = err;
        this.simulator = simulator;
        this.time = time;
        this.hostility = hostility;
    }

    /** @param hostility how the simulated HSS answers as a hostile one would; null for a faithful one */
    static Demo start(PrintWriter err, Hostility hostility) {
        MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        HssSimulator simulator = DemoRepository.start(clock);
        err.println("hss-scan demo: a simulated HSS at " + simulator.baseUrl() + " (project "
                + simulator.projectId() + ") holding " + String.join(", ", DemoRepository.IMAGES) + "; "
                + DemoRepository.PUSHED + " was pushed just now, and HSS lists it only after a sync");
        err.println("hss-scan demo: simulated time runs " + SimulatedTime.DEMO_SPEEDUP + "x faster than real time; "
                + "the times shown are simulated");
        if (hostility != null) {
            simulator.faults().hostile(hostility);
            err.println("hss-scan demo: hostile mode " + hostility.key() + ": " + hostility.description());
        }
        err.flush();
        return new Demo(err, simulator, SimulatedTime.forDemo(clock), hostility);
    }

    /** The demo's images, their type, gate and project, where the user gave none. */
    ScanSettingsBuilder apply(ScanSettingsBuilder settings, TargetOptions target, GateOptions gate,
                              WaitingOptions waiting) {
        if (hostility != null && !waiting.setsTimeout()) {
            // The default deadline (hours, for real scans) would play out as a minute of real time:
            // a hostile answer that never proves anything shows its end sooner.
            settings.timeout(HOSTILE_TIMEOUT);
            err.println("hss-scan demo: hostile mode: --timeout " + HOSTILE_TIMEOUT + " unless you give one");
        }
        seeded = !target.choosesImages() && !gate.hasThresholds();
        if (!target.choosesImages()) {
            settings.imageReferences(DemoRepository.IMAGES);
        }
        if (!target.choosesImageType()) {
            // The demo's only registry beside SWR is a Harbor one: naming a registry means its images.
            settings.imageType(target.choosesRegistry() ? DemoRepository.HARBOR_TYPE : DemoRepository.IMAGE_TYPE);
        }
        if (!gate.hasThresholds()) {
            settings.thresholds(String.join("\n", DemoRepository.GATE));
        }
        return settings.projectId(simulator.projectId());
    }

    /** The demo's engine: no call ledger, since its time is simulated and its HSS is its own. */
    EngineRun connection() {
        return new EngineRun(Connection.builder(HssEndpoints.single(simulator.baseUrl()),
                        AccessKeyCredentials.of(HssSimulator.DEMO_ACCESS_KEY, HssSimulator.DEMO_SECRET_KEY))
                .region(HssSimulator.DEFAULT_REGION).userAgent("hss-scan").build(), CallBudget.HSS_DEFAULT, null);
    }

    SimulatedTime time() {
        return time;
    }

    /** The "what just happened" footer. */
    void explain(int exitCode) {
        err.println();
        if (hostility != null) {
            explainHostile(exitCode);
            return;
        }
        err.println("What just happened");
        if (!seeded) {
            err.println("  hss-scan triggered the scans of the images you chose on the demo's HSS, followed them within "
                    + "HSS's budget of 5 calls a minute per API and gated them on your thresholds.");
            err.println("  Exit code " + exitCode + " (see docs/cli.md, \"Exit codes\")" + inCi(exitCode));
            requests();
            return;
        }
        err.println("  1. hss-scan triggered the scans of the images in one call (a batch scan, or with --api "
                + "image-scan-tasks a scan task), noting its instant on HSS's clock "
                + "(shop/web:2.4.1 still shows a scan from last week, which is older). Its first poll showed that HSS "
                + "did not list " + DemoRepository.PUSHED + " yet, so hss-scan asked HSS to sync its copy of the "
                + "repository, waited for the image and triggered it.");
        err.println("  2. It polled the image list (swr-repository, or registries/images) every 15 s within HSS's "
                + "budget of 5 calls a minute per API, ignoring results older than the trigger until each image's new "
                + "scan ended, and fetched vulnerability lists to count them by repair necessity.");
        err.println("  3. The gate: data/etl failed to scan (failure), ml/trainer is too large for HSS "
                + "(unstable), the findings stayed under the thresholds. The worst outcome wins.");
        err.println("  4. Exit code " + exitCode + " (see docs/cli.md, \"Exit codes\")" + inCi(exitCode));
        requests();
    }

    private static String inCi(int exitCode) {
        return exitCode == ExitCode.PASS ? "; in CI the job goes on." : "; in CI that fails the job.";
    }

    /** Calls a run makes only for some settings: named in the footer when it made them. */
    private static final Map<Endpoint, String> OTHER_CALLS = new EnumMap<>(Map.of(
            Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES, "images/vulnerabilities",
            Endpoint.LIST_REGISTRIES, "registries",
            Endpoint.LIST_IMAGE_TASKS, "image/tasks",
            Endpoint.STOP_IMAGE_SCAN_TASK, "image-scan/tasks/stop"));

    private void requests() {
        err.println("  Requests HSS received: synchronize " + simulator.requestCount(Endpoint.RUN_IMAGE_SYNCHRONIZE)
                + ", " + requestsReceived());
        err.println("Next: scan your own images with your credentials in the environment, as docs/cli.md shows.");
        err.flush();
    }

    private void explainHostile(int exitCode) {
        err.println("What just happened");
        err.println("  The simulated HSS answered as a hostile one would: " + hostility.description() + ".");
        err.println("  hss-scan does not pass a build on answers that prove nothing, and ends by its deadline "
                + "(--timeout) whatever HSS does: exit code " + exitCode + " (docs/cli.md, \"Exit codes\").");
        err.println("  Requests HSS received: " + requestsReceived());
        err.flush();
    }

    /** The scan calls of either API and the vulnerability lists, then every other call the run made. */
    private String requestsReceived() {
        StringBuilder text = new StringBuilder("batch-scan " + simulator.requestCount(Endpoint.BATCH_SCAN)
                + ", swr-repository " + simulator.requestCount(Endpoint.LIST_SWR_IMAGES)
                + ", image-scan/tasks " + simulator.requestCount(Endpoint.CREATE_IMAGE_SCAN_TASK)
                + ", registries/images " + simulator.requestCount(Endpoint.LIST_REGISTRY_IMAGES)
                + ", vulnerabilities " + simulator.requestCount(Endpoint.LIST_IMAGE_VULNERABILITIES));
        OTHER_CALLS.forEach((endpoint, name) -> {
            long count = simulator.requestCount(endpoint);
            if (count > 0) {
                text.append(", ").append(name).append(' ').append(count);
            }
        });
        return text.append('.').toString();
    }

    @Override
    public void close() {
        simulator.close();
    }
}
