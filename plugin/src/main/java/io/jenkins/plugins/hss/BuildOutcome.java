package io.jenkins.plugins.hss;

import hudson.AbortException;
import hudson.model.Result;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.report.ReportExcerpt;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The gate's outcome in Jenkins' terms, shared by both faces: FAILURE is an {@link AbortException}
 * with the reasons (a failed gate is a finding, not a crash: no stack trace), UNSTABLE a build
 * result plus a message for the face to attach where it can.
 */
final class BuildOutcome {

    private BuildOutcome() {}

    /** Throws when the gate failed; otherwise the build result the report asks for (SUCCESS or UNSTABLE). */
    static Result resultOf(ScanReport report) throws AbortException {
        Outcome outcome = report.outcome();
        return switch (outcome) {
            case FAILURE -> throw new AbortException(Messages.BuildOutcome_failed(
                    String.join("", reasons(report).stream().map(reason -> "\n - " + reason).toList())));
            case UNSTABLE -> Result.UNSTABLE;
            case SUCCESS -> Result.SUCCESS;
        };
    }

    /**
     * What a build shows when the run could not reach a verdict: HSS's errors (status, code, message
     * and request id, never a secret) as a plain failure without a stack trace, anything else as is.
     */
    static IOException failureOf(Throwable error) {
        if (error instanceof HssException hss) {
            return new AbortException(Messages.BuildOutcome_hssError(hss.getMessage()));
        }
        return error instanceof IOException io ? io : new IOException(error);
    }

    /**
     * The reasons of the verdict, as many as a build shows ({@link ScanReportAction#SHOWN}), then
     * one line that counts the others: at 100,000 images a message must stay a message.
     */
    static List<String> reasons(ScanReport report) {
        ReportExcerpt excerpt = ReportExcerpt.of(report, ScanReportAction.SHOWN);
        List<String> reasons = new ArrayList<>(excerpt.reasons());
        if (excerpt.reasonsOmitted() > 0) {
            reasons.add(Messages.BuildOutcome_moreReasons(excerpt.reasonsOmitted()));
        }
        return reasons;
    }
}
