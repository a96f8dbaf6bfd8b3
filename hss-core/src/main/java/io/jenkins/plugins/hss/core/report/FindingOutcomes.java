package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import io.jenkins.plugins.hss.core.gate.Verdict;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;

/**
 * The gate's outcome for one finding of one image, so that a report can rank each finding by what
 * it did to the build: a low-urgency vulnerability in an image that failed for its urgent ones did
 * not fail the build. Asks the engine's own {@link Gate}, restricted to the rules about that kind of
 * finding: the status and wait rules for the way a scan ended, the thresholds that count the kind
 * for a finding (per image, and in total over the run's finished images).
 */
final class FindingOutcomes {

    private final GatePolicy policy;
    private final List<ImageResult> finished;
    private final Map<Set<FindingMetric>, Verdict> totalsByMetrics = new HashMap<>();

    FindingOutcomes(GatePolicy policy, List<ImageResult> images) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.finished = images.stream()
                .filter(image -> image.state() == WaitEnd.FINISHED).map(FindingOutcomes::asScanned).toList();
    }

    /** The outcome of how {@code image}'s wait and scan ended (status, timeout, not found, not started). */
    ImageResult ofScan(ImageResult image) {
        return new Gate(policy.withThresholds(List.of())).judge(image);
    }

    /**
     * The worst outcome of the thresholds on {@code metrics}, for {@code image} and for the run's
     * totals, with the reasons of that outcome. The totals are computed once per set of metrics: a
     * report may hold a result for every vulnerability of thousands of images.
     */
    Judged ofFinding(ImageResult image, Set<FindingMetric> metrics) {
        ImageResult own = new Gate(thresholdsOnly(metrics, ThresholdScope.PER_IMAGE)).judge(asScanned(image));
        Verdict totals = totalsByMetrics.computeIfAbsent(metrics,
                key -> new Gate(thresholdsOnly(key, ThresholdScope.TOTAL)).evaluate(finished));
        Outcome worst = own.outcome().worst(totals.outcome());
        List<String> reasons = new ArrayList<>();
        if (worst != Outcome.SUCCESS && own.outcome() == worst) {
            reasons.add(own.reason());
        }
        if (worst != Outcome.SUCCESS && totals.outcome() == worst) {
            reasons.addAll(totals.reasons());
        }
        return new Judged(worst, String.join("; ", reasons));
    }

    /** The thresholds of one scope about a kind of finding, and no status or wait rule that could fail. */
    private GatePolicy thresholdsOnly(Set<FindingMetric> metrics, ThresholdScope scope) {
        GatePolicy.Builder builder = policy.toBuilder().onTimeout(Outcome.SUCCESS).onNotFound(Outcome.SUCCESS)
                .onNotStarted(Outcome.SUCCESS);
        for (ScanStatus status : ScanStatus.values()) {
            builder.statusOutcome(status, Outcome.SUCCESS);
        }
        return builder.thresholds(policy.thresholds().stream()
                .filter(t -> t.scope() == scope && metrics.contains(t.metric())).toList()).build();
    }

    /**
     * The image as the thresholds see it: they apply to every finished scan whatever its status,
     * and a status this version does not know must not decide a finding's outcome (it decides the
     * scan's, in {@link #ofScan}).
     */
    private static ImageResult asScanned(ImageResult image) {
        if (image.state() != WaitEnd.FINISHED || ScanStatus.fromWire(image.status()).isPresent()) {
            return image;
        }
        return new ImageResult(image.imageType(), image.namespace(), image.imageName(), image.imageVersion(),
                image.imageId(), image.state(), ScanStatus.SUCCESS.wireName(), image.failureDescription(),
                image.scanTime(), image.findings());
    }

    /** Whether any threshold counts vulnerabilities by repair necessity. */
    boolean countsByNecessity() {
        return policy.thresholds().stream().map(FindingThreshold::metric).anyMatch(m -> m.necessity().isPresent());
    }

    /**
     * One finding's outcome.
     *
     * @param reasons why it is not SUCCESS, empty for SUCCESS
     */
    record Judged(Outcome outcome, String reasons) {
    }
}
