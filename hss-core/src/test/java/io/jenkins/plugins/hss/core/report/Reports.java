package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.ImageState;
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
        return new ScanReport(new Gate(Policies.defaults()).evaluate(named, UnlistedImages.of(3, ImageState.TIMED_OUT)),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:30:00Z"), Map.of("swr-repository", 2));
    }

    static ScanReport mixed() {
        return of(Images.finished("ok", "success", 2), Images.failed("bad", HOSTILE), Images.withLevels("lv", 1, 2),
                Images.finished("big", "image_oversized", 0));
    }
}
