package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.ScanOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each exit code, from a real run against the simulator over HTTP. */
class ExitCodeTest {

    @TempDir
    Path dir;

    @Test
    void passesWhenEveryScanSucceeds() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0").image("team/web:2.0"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0", "-i", "team/web:2.0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(run.out()).contains("team/app:1.0", "team/web:2.0", "SUCCESS");
        }
    }

    @Test
    void failsWhenTheGateFailsAScan() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images
                .image("team/app:1.0")
                .image("team/etl:0.9", image -> image.outcome(ScanOutcome.FAILED)))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0", "-i", "team/etl:0.9");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertThat(run.out()).contains("team/etl:0.9", "FAILURE");
        }
    }

    @Test
    void isUnstableWhenAnImageIsTooLargeToScan() {
        try (SimulatedHss hss = oversizedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "ml/trainer:3.0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNSTABLE);
        }
    }

    @Test
    void outcomeRulesChangeTheOutcomeOfAStatus() {
        try (SimulatedHss hss = oversizedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "ml/trainer:3.0",
                    "--outcome", "image_oversized=failure");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
        }
    }

    @Test
    void theOldOutcomeOptionsAreAliasesThatOutcomeOverrides() {
        try (SimulatedHss hss = oversizedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "ml/trainer:3.0",
                    "--status-outcome", "image_oversized=failure", "--outcome", "image_oversized=success");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        }
    }

    @Test
    void unstableExitCodeReplacesTheCodeOfAnUnstableVerdict() {
        try (SimulatedHss hss = oversizedImage()) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "ml/trainer:3.0", "--unstable-exit-code", "0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        }
    }

    @Test
    void findingsOverAThresholdFailTheGate() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0", image -> image.maliciousFiles(1)))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0", "--gate", "malicious_files>0:failure");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
        }
    }

    @Test
    void refusedCredentialsAreAnApiError() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(Map.of("HSS_ACCESS_KEY", "UNKNOWNACCESSKEY0001", "HSS_SECRET_KEY", "not-the-secret"),
                    dir, "-i", "team/app:1.0");

            assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
            assertThat(run.err()).contains("401");
        }
    }

    @Test
    void scansThatOutlastTheWaitAreATimeout() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0",
                image -> image.scanDuration(Duration.ofHours(1))))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0", "--timeout", "1s");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.TIMEOUT);
            assertThat(run.err()).contains("timed out");
        }
    }

    @Test
    void triggeringWithoutWaitingPasses() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0",
                image -> image.scanDuration(Duration.ofHours(1))))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0", "--no-wait");

            assertThat(run.err()).contains("triggered");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        }
    }

    private static SimulatedHss oversizedImage() {
        return SimulatedHss.with(images -> images.image("ml/trainer:3.0", image -> image.size(6L << 30)));
    }
}
