package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.report.ScanReport;

/** The exit code of a report: the gate's verdict, translated into {@link ExitCode}s. */
final class VerdictExit {

    private final int unstableExitCode;

    VerdictExit(int unstableExitCode) {
        this.unstableExitCode = unstableExitCode;
    }

    int of(ScanReport report) {
        if (report.verdict().decidedByMalformedAnswer()) {
            return ExitCode.API_ERROR;
        }
        if (report.verdict().decidedByTimeout()) {
            return ExitCode.TIMEOUT;
        }
        return switch (report.outcome()) {
            case SUCCESS -> ExitCode.PASS;
            case UNSTABLE -> unstableExitCode;
            case FAILURE -> ExitCode.GATE_FAILED;
        };
    }
}
