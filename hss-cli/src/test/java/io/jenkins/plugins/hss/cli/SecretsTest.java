package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No secret from the environment or a credentials file reaches stdout, stderr or a report. */
class SecretsTest {

    private static final String SECRET_KEY = "Sk-0123456789-very-secret-key-abcdef";
    private static final String SECURITY_TOKEN = "St-temporary-security-token-0123456789";
    private static final String PASSWORD = "Pw-correct-horse-battery-staple";

    @TempDir
    Path dir;

    @Test
    void aTemporaryAccessKeyStaysOutOfEveryOutput() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0", image -> image.maliciousFiles(1)),
                simulator -> simulator.temporaryAccessKey("TEMPACCESSKEY0000001", SECRET_KEY, SECURITY_TOKEN))) {
            CommandRun run = hss.run(Map.of("HSS_ACCESS_KEY", "TEMPACCESSKEY0000001", "HSS_SECRET_KEY", SECRET_KEY,
                    "HSS_SECURITY_TOKEN", SECURITY_TOKEN), dir, withReports("-i", "team/app:1.0", "--gate", "malicious_files>0"));

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
            assertNoSecretIn(run.output() + reports());
            // The report records the scan's settings, and the check above covers them.
            assertThat(Files.readString(dir.resolve("r/report.json")))
                    .contains("\"settings\" : {", "\"gate.thresholds\" : \"malicious_files>0:failure\"");
        }
    }

    @Test
    void anIamPasswordStaysOutOfEveryOutput() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"),
                simulator -> simulator.iamUser("acme", "ci-scanner", PASSWORD))) {
            CommandRun run = hss.run(Map.of("HSS_USERNAME", "ci-scanner", "HSS_PASSWORD", PASSWORD, "HSS_DOMAIN", "acme"),
                    dir, withReports("-i", "team/app:1.0"));

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertNoSecretIn(run.output() + reports());
        }
    }

    @Test
    void aRefusedSecretKeyStaysOutOfTheError() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(Map.of("HSS_ACCESS_KEY", "UNKNOWNACCESSKEY0001", "HSS_SECRET_KEY", SECRET_KEY),
                    dir, "-i", "team/app:1.0");

            assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
            assertNoSecretIn(run.output());
        }
    }

    @Test
    void aRefusedTokenFromAFileStaysOutOfTheError() throws IOException {
        Path file = Files.writeString(dir.resolve("hss.properties"), "token=" + SECURITY_TOKEN + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(Map.of(), dir, "-i", "team/app:1.0", "--credentials-file", "hss.properties");

            assertThat(run.exitCode()).isEqualTo(ExitCode.API_ERROR);
            assertNoSecretIn(run.output());
        }
    }

    private static String[] withReports(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 6);
        System.arraycopy(new String[] {"--report-json", "r/report.json", "--report-junit", "r/report.xml",
            "--report-markdown", "r/report.md"}, 0, all, args.length, 6);
        return all;
    }

    private String reports() throws IOException {
        return Files.readString(dir.resolve("r/report.json")) + Files.readString(dir.resolve("r/report.xml"))
                + Files.readString(dir.resolve("r/report.md"));
    }

    private static void assertNoSecretIn(String text) {
        assertThat(text).doesNotContain(SECRET_KEY, SECURITY_TOKEN, PASSWORD);
    }
}
