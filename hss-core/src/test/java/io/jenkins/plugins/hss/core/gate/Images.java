package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.model.RepairNecessity;
import java.time.Instant;
import java.util.Map;

/** Image results for gate and report tests. */
public final class Images {

    private Images() {
    }

    public static ImageResult finished(String name, String status, int vulnerabilities) {
        return new ImageResult("private_image", "team-a", name, "1.0", "id-" + name, WaitEnd.FINISHED, status,
                null, Instant.parse("2026-01-01T00:05:00Z"), new Findings(vulnerabilities, 0, 0, Map.of()));
    }

    public static ImageResult failed(String name, String description) {
        return ended(name, "failed", description);
    }

    /** A finished scan in {@code status} that HSS described as {@code description}. */
    public static ImageResult ended(String name, String status, String description) {
        return new ImageResult("private_image", "team-a", name, "1.0", "id-" + name, WaitEnd.FINISHED, status,
                description, Instant.parse("2026-01-01T00:05:00Z"), Findings.NONE);
    }

    public static ImageResult inState(String name, WaitEnd state, String lastStatus) {
        return new ImageResult("private_image", "team-a", name, "1.0", null, state, lastStatus, null, null, null);
    }

    /** A successful scan that found {@code findings}. */
    public static ImageResult withFindings(String name, Findings findings) {
        return new ImageResult("private_image", "team-a", name, "1.0", "id-" + name, WaitEnd.FINISHED, "success",
                null, Instant.parse("2026-01-01T00:05:00Z"), findings);
    }

    public static ImageResult withLevels(String name, int immediate, int delay) {
        Findings findings = new Findings(immediate + delay, 0, 0, Map.of())
                .withNecessityCounts(Map.of(RepairNecessity.IMMEDIATE_REPAIR, immediate, RepairNecessity.DELAY_REPAIR, delay));
        return new ImageResult("private_image", "team-a", name, "1.0", "id-" + name, WaitEnd.FINISHED, "success",
                null, Instant.parse("2026-01-01T00:05:00Z"), findings);
    }
}
