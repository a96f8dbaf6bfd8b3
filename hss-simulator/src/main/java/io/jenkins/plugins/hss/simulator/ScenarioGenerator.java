package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Makes a large, varied and reproducible scenario. Image i lands in group i mod (namespaces ×
 * names) with tag number i div groups, so every reference is unique and the last tag of each
 * group is its latest version. Vulnerabilities come from a shared pool, so 100,000 images cost
 * little memory.
 */
final class ScenarioGenerator {

    private static final List<String> NAMESPACES = List.of("team-a", "team-b", "payments", "platform", "data");
    private static final List<String> NAMES = List.of("nginx", "redis", "api-gateway", "billing", "postgres",
            "frontend", "worker", "auth-service", "reports", "search");
    private static final List<String> PACKAGES = List.of("openssl", "glibc", "zlib", "curl", "log4j-core",
            "busybox", "libxml2", "expat", "jackson-databind", "openssh");
    private static final int POOL_SIZE = 240;
    private static final long MIB = 1024L * 1024;

    private final SplittableRandom random;
    private final Instant anchor;
    private final List<Vulnerability> pool;

    ScenarioGenerator(long seed, Instant anchor) {
        this.random = new SplittableRandom(seed);
        this.anchor = anchor;
        this.pool = vulnerabilityPool();
    }

    List<ScenarioImage> images(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("image count cannot be negative");
        }
        int groups = NAMESPACES.size() * NAMES.size();
        List<ScenarioImage> images = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int group = i % groups;
            int tag = i / groups;
            boolean latest = i + groups >= count;
            ImageRef ref = new ImageRef(NAMESPACES.get(group % NAMESPACES.size()),
                    NAMES.get(group / NAMESPACES.size()), "1." + tag + ".0");
            images.add(image(ref, latest));
        }
        return images;
    }

    private ScenarioImage image(ImageRef ref, boolean latest) {
        ScenarioImage.Builder image = ScenarioImage.builder(ref)
                .size(size())
                .updatedAt(anchor.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 90))))
                .latestVersion(latest)
                .vulnerabilities(vulnerabilities())
                .unsafeSettings(random.nextInt(10) == 0 ? 1 + random.nextInt(5) : 0)
                .maliciousFiles(random.nextInt(20) == 0 ? 1 + random.nextInt(2) : 0)
                .outcome(outcome());
        if (random.nextInt(10) == 0) {
            image.sharedBy("partner-account");
        }
        if (random.nextInt(10) < 3) {
            image.previouslyScanned(anchor.minus(Duration.ofHours(1 + random.nextInt(24 * 30))));
        }
        return image.build();
    }

    /** Mostly tens to hundreds of MiB; one in thirty above the default size limit. */
    private long size() {
        if (random.nextInt(30) == 0) {
            return ScanRules.DEFAULT_SIZE_LIMIT + MIB * (1 + random.nextInt(4096));
        }
        return MIB * (5 + random.nextInt(1500));
    }

    private List<Vulnerability> vulnerabilities() {
        if (random.nextInt(10) < 4) {
            return List.of();
        }
        int count = 1 + random.nextInt(8);
        List<Vulnerability> found = new ArrayList<>(count);
        int first = random.nextInt(POOL_SIZE);
        for (int k = 0; k < count; k++) {
            found.add(pool.get((first + k * 7) % POOL_SIZE));
        }
        return found;
    }

    private ScanOutcome outcome() {
        int dice = random.nextInt(50);
        if (dice == 0) {
            return ScanOutcome.DOWNLOAD_FAILED;
        }
        return dice < 3 ? ScanOutcome.FAILED : ScanOutcome.SUCCESS;
    }

    /** Consecutive pool entries cycle through the three urgencies, so every image mixes them. */
    private static List<Vulnerability> vulnerabilityPool() {
        RepairNecessity[] levels = RepairNecessity.values();
        List<Vulnerability> pool = new ArrayList<>(POOL_SIZE);
        for (int n = 0; n < POOL_SIZE; n++) {
            String pkg = PACKAGES.get(n % PACKAGES.size());
            pool.add(Vulnerability.of(String.format("CVE-2025-%05d", 1000 + n), levels[n % levels.length],
                    pkg, "1." + (n % 9) + "." + (n % 5)));
        }
        return pool;
    }
}
