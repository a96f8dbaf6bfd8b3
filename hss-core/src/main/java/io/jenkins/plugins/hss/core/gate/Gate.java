package io.jenkins.plugins.hss.core.gate;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a {@link GatePolicy} to what the watcher learned: each image gets the worst of its
 * status rule and its per-image thresholds, the run gets the worst over its images and the total
 * thresholds, and every image (or total) that caused the verdict gives one line of reason.
 */
public final class Gate {

    private final GatePolicy policy;

    public Gate(GatePolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public Verdict evaluate(List<ImageResult> images) {
        return evaluate(images, UnlistedImages.NONE);
    }

    /** The verdict on {@code images} and on targets that are only counted. */
    public Verdict evaluate(List<ImageResult> images, UnlistedImages unlisted) {
        List<ImageResult> judged = images.stream().map(this::judge).toList();
        List<Breach> totals = new ArrayList<>(totalBreaches(images));
        Optional<Breach> unfinished = unlistedBreach(unlisted);
        unfinished.ifPresent(totals::add);
        Outcome worst = worst(judged.stream().map(ImageResult::outcome).toList(),
                totals.stream().map(Breach::outcome).toList());
        List<String> reasons = new ArrayList<>();
        if (worst != Outcome.SUCCESS) {
            judged.stream().filter(v -> v.outcome() == worst)
                    .forEach(v -> reasons.add(v.reference() + ": " + v.reason()));
            totals.stream().filter(b -> b.outcome() == worst).forEach(b -> reasons.add(b.reason()));
        }
        return new Verdict(worst, judged, reasons,
                unlisted.judged(unfinished.map(Breach::outcome).orElse(Outcome.SUCCESS)));
    }

    /** Unnamed targets whose wait ran out take the timeout rule: the polls cannot tell whether they started. */
    private Optional<Breach> unlistedBreach(UnlistedImages unlisted) {
        if (!unlisted.any() || !unlisted.state().waitRanOut()) {
            return Optional.empty();
        }
        return Breach.of(policy.onTimeout(), unlisted.count()
                + " more images of the selection had not shown a finished scan when the wait timed out");
    }

    /** {@code image}, judged alone (total thresholds need all images). */
    public ImageResult judge(ImageResult image) {
        List<Breach> breaches = new ArrayList<>();
        stateBreach(image).ifPresent(breaches::add);
        if (image.taskFailure() != null && !rowShowsUnsuccessfulEnd(image)) {
            // The task's word against a row that says success, or nothing final: contradictory, so no pass.
            Breach.of(Outcome.FAILURE, EngineMessages.format("gate.task_failed", image.taskFailure()))
                    .ifPresent(breaches::add);
        }
        if (image.state() == WaitEnd.FINISHED) {
            for (FindingThreshold threshold : policy.thresholds()) {
                if (threshold.metric().readsCves()) {
                    CveBreach.breach(threshold, image, !policy.countsHandled()).ifPresent(breaches::add);
                } else if (threshold.scope() == ThresholdScope.PER_IMAGE) {
                    FindingCount.breach(threshold, List.of(image), policy.countsUnhandledOnly(threshold.metric()))
                            .ifPresent(breaches::add);
                }
            }
        }
        if (breaches.isEmpty()) { // most images: no outcomes to compare, no reasons to join
            return image.judged(Outcome.SUCCESS, null);
        }
        Outcome outcome = worst(breaches.stream().map(Breach::outcome).toList(), List.of());
        List<String> reasons = breaches.stream().filter(b -> b.outcome() == outcome).map(Breach::reason).toList();
        return image.judged(outcome, reasons.isEmpty() ? null : String.join("; ", reasons));
    }

    /**
     * Whether the image's own row shows its scan ended other than in success (failed, oversized,
     * ...): then the row and a task that lists it as failed agree, and the outcome the policy gives
     * that status decides, as it does without a task.
     */
    private static boolean rowShowsUnsuccessfulEnd(ImageResult image) {
        return image.state() == WaitEnd.FINISHED && ScanStatus.fromWire(image.status())
                .map(status -> status != ScanStatus.SUCCESS).orElse(false);
    }

    private Optional<Breach> stateBreach(ImageResult image) {
        return switch (image.state()) {
            case NOT_FOUND -> Breach.of(policy.onNotFound(), "not found in the repository"
                    + (image.problem() == null ? "" : " (" + image.problem() + ")"));
            case NOT_STARTED -> Breach.of(policy.onNotStarted(), "the scan never started (still "
                    + ScanStatus.describe(image.status()) + " when the wait ended)");
            case TIMED_OUT -> Breach.of(policy.onTimeout(), "the scan had not finished when the wait timed out (last seen "
                    + ScanStatus.describe(image.status()) + ")");
            case NOT_WAITED -> Optional.empty();
            case FINISHED -> statusBreach(image);
            // No policy passes it: an answer that proves nothing fails as what it is.
            case MALFORMED_ANSWER -> Breach.of(Outcome.FAILURE, EngineMessages.format("gate.malformed", image.problem()));
        };
    }

    private Optional<Breach> statusBreach(ImageResult image) {
        Optional<ScanStatus> status = ScanStatus.fromWire(image.status());
        Outcome outcome = status.map(policy::outcomeFor).orElse(Outcome.FAILURE);
        if (outcome == Outcome.SUCCESS) {
            return Optional.empty(); // the reason is only for a breach: not worth building for every clean image
        }
        String detail = image.failureDetail().map(text -> " (" + text + ")").orElse("");
        String unknown = status.isEmpty() ? EngineMessages.format("gate.status_unknown") : "";
        return Breach.of(outcome, "scan status " + ScanStatus.describe(image.status()) + detail + unknown);
    }

    private List<Breach> totalBreaches(List<ImageResult> images) {
        List<ImageResult> finished = images.stream().filter(i -> i.state() == WaitEnd.FINISHED).toList();
        List<Breach> breaches = new ArrayList<>();
        for (FindingThreshold threshold : policy.thresholds()) {
            if (threshold.scope() == ThresholdScope.TOTAL) {
                FindingCount.breach(threshold, finished, policy.countsUnhandledOnly(threshold.metric()))
                        .ifPresent(breaches::add);
            }
        }
        return breaches;
    }

    private static Outcome worst(List<Outcome> some, List<Outcome> more) {
        return java.util.stream.Stream.concat(some.stream(), more.stream())
                .max(Comparator.naturalOrder()).orElse(Outcome.SUCCESS);
    }
}
