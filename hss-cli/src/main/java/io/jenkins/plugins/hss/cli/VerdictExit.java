package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.gate.ImageState;
import io.jenkins.plugins.hss.core.gate.ImageVerdict;
import io.jenkins.plugins.hss.core.report.ScanReport;

/** The exit code of a report: the gate's verdict, translated into {@link ExitCode}s. */
final class VerdictExit {

    private final int unstableExitCode;

    VerdictExit(int unstableExitCode) {
        this.unstableExitCode = unstableExitCode;
    }

    int of(ScanReport report) {
        return switch (report.outcome()) {
            case SUCCESS -> ExitCode.PASS;
            case UNSTABLE -> decidedByTimeout(report) ? ExitCode.TIMEOUT : unstableExitCode;
            case FAILURE -> decidedByTimeout(report) ? ExitCode.TIMEOUT : ExitCode.GATE_FAILED;
        };
    }

    /**
     * Whether an image that the wait gave up on carries the verdict's outcome. The engine's verdict
     * does not say so itself (see docs/cli.md, "Exit codes"), so this reads its image decisions.
     */
    private static boolean decidedByTimeout(ScanReport report) {
        return report.images().stream().anyMatch(image -> image.outcome() == report.outcome() && gaveUp(image));
    }

    private static boolean gaveUp(ImageVerdict image) {
        ImageState state = image.image().state();
        return state == ImageState.TIMED_OUT || state == ImageState.NOT_STARTED;
    }
}
