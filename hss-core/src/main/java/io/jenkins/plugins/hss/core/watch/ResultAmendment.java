package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.gate.ImageResult;

/**
 * What the run learns of an image after its row, before the gate judges it: its CVEs
 * ({@link CveListing}), the failure its scan task lists ({@link io.jenkins.plugins.hss.core.task.ScanTaskFailures}).
 */
@FunctionalInterface
interface ResultAmendment {

    /** The result as its row alone tells it. */
    ResultAmendment NONE = (target, result) -> result;

    ImageResult apply(TargetState target, ImageResult result);

    /** This amendment, then {@code next} on what it made. */
    default ResultAmendment then(ResultAmendment next) {
        return (target, result) -> next.apply(target, apply(target, result));
    }
}
