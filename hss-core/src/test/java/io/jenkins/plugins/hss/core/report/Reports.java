package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.Images;
import io.jenkins.plugins.hss.core.gate.Policies;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Reports for writer tests, one with hostile text from the API. */
final class Reports {

    static final String HOSTILE = "<script>alert(1)</script> | `rm` *x* [l](http://e) & \"q\" \u001b[31m\nnext";

    private Reports() {
    }

    static ScanReport of(ImageResult... images) {
        return new ScanReport(new Gate(Policies.defaults()).evaluate(List.of(images)),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:07:30Z"),
                Map.of("swr-repository", 4, "batch-scan", 1));
    }

    /** Two finished images, and three more of an operate_all selection that the wait never saw finish. */
    static ScanReport withUnlisted() {
        List<ImageResult> named = List.of(Images.finished("ok", "success", 2), Images.finished("other", "success", 0));
        return new ScanReport(new Gate(Policies.defaults()).evaluate(named, UnlistedImages.of(3, WaitEnd.TIMED_OUT)),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:30:00Z"), Map.of("swr-repository", 2));
    }

    /** Answers that prove nothing: a malformed one, a count HSS left out, a necessity no version knows, counts unknown. */
    static ScanReport unproven() {
        var findings = new io.jenkins.plugins.hss.core.gate.Findings(null, 0, null, Map.of());
        ImageResult unknown = Images.withFindings("unknown", findings.withNecessityCounts(
                Map.of(io.jenkins.plugins.hss.core.model.RepairNecessity.DELAY_REPAIR, 1), Map.of("emergency_repair", 2)));
        ImageResult notFetched = Images.withFindings("late", new io.jenkins.plugins.hss.core.gate.Findings(4, 0, 0, Map.of())
                .withNecessityUnknown("the vulnerability list could not be fetched by the deadline"));
        ImageResult malformed = new ImageResult("private_image", "team-a", "bad", "1.0", "id", WaitEnd.MALFORMED_ANSWER,
                "success", null, null, null, "negative counts: vul_num -5");
        return of(unknown, notFetched, malformed);
    }

    static ScanReport mixed() {
        return of(Images.finished("ok", "success", 2), Images.failed("bad", HOSTILE), Images.withLevels("lv", 1, 2),
                Images.finished("big", "image_oversized", 0));
    }
}
