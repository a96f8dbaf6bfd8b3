package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.PreviousScan;
import io.jenkins.plugins.hss.simulator.RateLimit;
import io.jenkins.plugins.hss.simulator.Registry;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.ScenarioImage;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The SWR repository of {@code hss-scan --demo}: a small shop whose images show every case the
 * gate knows. Four scan clean or with findings under the demo's gate, one scan fails, one is too
 * large for HSS, and one was scanned last week, so the demo shows the watcher ignoring that stale
 * result. The last was pushed just now, as a pipeline pushes what it scans: HSS lists it only after
 * a sync, which the run asks for. HSS is also connected to a Harbor registry holding the same
 * images, which {@code --api image-scan-tasks --registry "shop harbor"} scans instead. The
 * simulator enforces HSS's real rate limit of 5 calls a minute per API.
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

    /**
     * The Harbor registry HSS is connected to beside SWR, holding the same images (the one pushed
     * to SWR just now included): {@code --api image-scan-tasks --registry "shop harbor"} scans them
     * there, under the same verdict rules.
     */
    static final String HARBOR_NAME = "shop harbor";
    static final String HARBOR_ID = "harbor-shop";
    /** The type of the Harbor registry's images. */
    static final ImageType HARBOR_TYPE = ImageType.HARBOR;

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
        simulator.push(PUSHED, DemoRepository::pushed);
        return simulator;
    }

    private static Scenario scenario(Instant now) {
        Scenario.Builder scenario = Scenario.builder()
                .startDelay(Duration.ofSeconds(20))
                .scanDuration(Duration.ofSeconds(90))
                .registry(Registry.harbor(HARBOR_ID, HARBOR_NAME, "harbor.shop.example"));
        Map<String, Consumer<ScenarioImage.Builder>> images = images(now);
        images.forEach(scenario::image);
        images.forEach((ref, details) -> scenario.image(ref, image -> details.accept(
                image.registry(HARBOR_ID, io.jenkins.plugins.hss.simulator.ImageType.HARBOR))));
        // In Harbor the tag pushed to SWR just now was replicated long ago: HSS lists it there already.
        scenario.image(PUSHED, image -> pushed(image.registry(HARBOR_ID, io.jenkins.plugins.hss.simulator.ImageType.HARBOR)));
        return scenario.build();
    }

    /** The images of the repository but the one pushed just now, each with what its scan finds. */
    private static Map<String, Consumer<ScenarioImage.Builder>> images(Instant now) {
        Map<String, Consumer<ScenarioImage.Builder>> images = new LinkedHashMap<>();
        images.put(IMAGES.get(0), image -> image
                .vulnerabilities(
                        Vulnerability.of("CVE-2024-6387", RepairNecessity.DELAY_REPAIR, "openssh", "9.6p1"),
                        Vulnerability.of("CVE-2023-45853", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.13"),
                        Vulnerability.of("CVE-2022-48174", RepairNecessity.NOT_NEEDED_REPAIR, "busybox", "1.36.1"))
                .previousScan(new PreviousScan(ScanOutcome.SUCCESS, now.minus(Duration.ofDays(6)), null)));
        images.put(IMAGES.get(1), image -> image
                .vulnerabilities(
                        Vulnerability.of("CVE-2024-0727", RepairNecessity.NOT_NEEDED_REPAIR, "openssl", "3.0.12"))
                .scanDuration(Duration.ofSeconds(150)));
        images.put(IMAGES.get(2), image -> image.unsafeSettings(1).scanDuration(Duration.ofSeconds(60)));
        images.put(IMAGES.get(3), image -> image.scanDuration(Duration.ofSeconds(45)));
        images.put(IMAGES.get(4), image -> image
                .outcome(ScanOutcome.FAILED)
                .failureReason("failed_to_scan_vulnerability")
                .scanDuration(Duration.ofSeconds(120)));
        images.put(IMAGES.get(5), image -> image.size(6 * GIB).scanDuration(Duration.ofSeconds(30)));
        return images;
    }

    /** What a scan of the image pushed just now finds. */
    private static ScenarioImage.Builder pushed(ScenarioImage.Builder image) {
        return image
                .vulnerabilities(Vulnerability.of("CVE-2022-48174", RepairNecessity.NOT_NEEDED_REPAIR, "busybox", "1.36.1"))
                .scanDuration(Duration.ofSeconds(75));
    }
}
