package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.PreviousScan;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.ScenarioImage;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The SWR repository of {@code hss-scan --demo}: a small shop whose images show every case the
 * gate knows. Four scan clean or with findings under the demo's gate, one scan fails, one is too
 * large for HSS, and one was scanned last week, so the demo shows the watcher ignoring that stale
 * result. The last was pushed just now, as a pipeline pushes what it scans: HSS lists it only after
 * a sync, which the run asks for. The simulator enforces HSS's real rate limit of 5 calls a minute
 * per API.
 */
final class DemoRepository {

    private static final long GIB = 1024L * 1024 * 1024;

    /** What the demo scans, in the order it is listed. */
    static final List<String> IMAGES = List.of(
            "shop/web:2.4.1", "shop/api:1.9.0", "shop/cart:2.0.3", "shop/worker:1.2.0",
            "data/etl:0.9.2", "ml/trainer:3.0.0", "shop/web:2.5.0");

    /** The image pushed when the demo starts, which HSS does not list until it syncs. */
    static final String PUSHED = IMAGES.get(6);

    /** The repository the demo's images are in: the account's own, which the simulator holds. */
    static final ImageType IMAGE_TYPE = ImageType.PRIVATE_IMAGE;

    /** The demo's gate: any vulnerability that needs an immediate fix fails, like a real project would. */
    static final List<String> GATE = List.of("immediate_repair>0:failure", "delay_repair>5:unstable");

    private DemoRepository() {
    }

    /** Starts the simulator with this repository and the demo credentials on {@code clock}. */
    static HssSimulator start(MutableClock clock) {
        HssSimulator simulator = HssSimulator.builder()
                .clock(clock)
                .scenario(scenario(clock.instant()))
                .rateLimit(RateLimit.HSS)
                .start();
        simulator.push(PUSHED, image -> image
                .vulnerabilities(Vulnerability.of("CVE-2022-48174", RepairNecessity.NOT_NEEDED_REPAIR, "busybox", "1.36.1"))
                .scanDuration(Duration.ofSeconds(75)));
        return simulator;
    }

    private static Scenario scenario(Instant now) {
        return Scenario.builder()
                .startDelay(Duration.ofSeconds(20))
                .scanDuration(Duration.ofSeconds(90))
                .image(IMAGES.get(0), image -> image
                        .vulnerabilities(
                                Vulnerability.of("CVE-2024-6387", RepairNecessity.DELAY_REPAIR, "openssh", "9.6p1"),
                                Vulnerability.of("CVE-2023-45853", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.13"),
                                Vulnerability.of("CVE-2022-48174", RepairNecessity.NOT_NEEDED_REPAIR, "busybox", "1.36.1"))
                        .previousScan(new PreviousScan(ScanOutcome.SUCCESS, now.minus(Duration.ofDays(6)), null)))
                .image(IMAGES.get(1), image -> image
                        .vulnerabilities(
                                Vulnerability.of("CVE-2024-0727", RepairNecessity.NOT_NEEDED_REPAIR, "openssl", "3.0.12"))
                        .scanDuration(Duration.ofSeconds(150)))
                .image(IMAGES.get(2), image -> image.unsafeSettings(1).scanDuration(Duration.ofSeconds(60)))
                .image(IMAGES.get(3), image -> image.scanDuration(Duration.ofSeconds(45)))
                .image(IMAGES.get(4), image -> image
                        .outcome(ScanOutcome.FAILED)
                        .failureReason("failed_to_scan_vulnerability")
                        .scanDuration(Duration.ofSeconds(120)))
                .image(IMAGES.get(5), image -> image.size(6 * GIB).scanDuration(Duration.ofSeconds(30)))
                .build();
    }
}
