package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Input the command cannot use exits 2 and sends nothing, as the simulator's request counts prove. */
class BadInputTest {

    @TempDir
    Path dir;

    static Stream<Arguments> badOptions() {
        return Stream.of(
                Arguments.of("an invalid image reference", new String[] {"-i", "Team/App"}, "--image"),
                Arguments.of("no image and no --all", new String[] {}, "--image"),
                Arguments.of("an unknown image type", new String[] {"-i", "team/app:1", "--image-type", "public"}, "--image-type"),
                Arguments.of("an unreadable time", new String[] {"-i", "team/app:1", "--updated-after", "yesterday"},
                        "--updated-after"),
                Arguments.of("an unreadable gate rule", new String[] {"-i", "team/app:1", "--gate", "cves>>1"}, "--gate"),
                Arguments.of("an unknown option", new String[] {"-i", "team/app:1", "--secret-key", "x"}, "--secret-key"),
                Arguments.of("an unreadable duration", new String[] {"-i", "team/app:1", "--timeout", "soon"}, "--timeout"),
                Arguments.of("an unknown outcome", new String[] {"-i", "team/app:1", "--on-timeout", "maybe"},
                        "--outcome: gate.outcomes: \"timeout=maybe\""),
                Arguments.of("an option given twice", new String[] {"-i", "team/app:1", "--timeout", "1m", "--timeout", "2m"},
                        "--timeout"),
                Arguments.of("an unstable exit code past 255", new String[] {"-i", "team/app:1", "--unstable-exit-code", "256"},
                        "--unstable-exit-code"),
                Arguments.of("a negative unstable exit code", new String[] {"-i", "team/app:1", "--unstable-exit-code", "-1"},
                        "--unstable-exit-code"),
                Arguments.of("an unstable exit code that wraps", new String[] {"-i", "team/app:1", "--unstable-exit-code", "99999"},
                        "--unstable-exit-code"),
                Arguments.of("an unstable exit code that means usage", new String[] {"-i", "team/app:1", "--unstable-exit-code", "2"},
                        "--unstable-exit-code"),
                Arguments.of("an unstable exit code that means a timeout",
                        new String[] {"-i", "team/app:1", "--unstable-exit-code", "5"}, "--unstable-exit-code"),
                Arguments.of("an unstable exit code of a signal", new String[] {"-i", "team/app:1", "--unstable-exit-code", "130"},
                        "--unstable-exit-code"),
                Arguments.of("no connect timeout at all", new String[] {"-i", "team/app:1", "--connect-timeout", "0s"},
                        "--connect-timeout"),
                Arguments.of("a negative read timeout", new String[] {"-i", "team/app:1", "--read-timeout", "-5s"},
                        "--read-timeout"),
                Arguments.of("an image list with a namespace filter",
                        new String[] {"-i", "team/app:1", "--namespace", "team"}, "--namespace: namespace"),
                Arguments.of("an image list with a tag filter",
                        new String[] {"-i", "team/app:1", "--image-version", "1"}, "--image-version: image_version"),
                Arguments.of("an image list with a status filter",
                        new String[] {"-i", "team/app:1", "--scan-status", "failed"}, "--scan-status: scan_status"));
    }

    @Test
    void aFilterBesideAnImageListNamesTheListToo() {
        assertSendsNothing(SimulatedHss.ACCESS_KEY_ENV, "image_info_list", "-i", "team/app:1", "--latest-version");
    }

    @Test
    void anImageWithoutOrganizationSaysSoWithoutNull() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "app:1");

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("--image:", "organization").doesNotContain("null");
        }
    }

    @Test
    void anEndpointWithUserInformationIsRefusedWithoutEchoingIt() {
        CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--region", "cn-north-4", "--project-id", "p",
                "--image-type", "private_image", "--endpoint", "https://bot:Pw-hunter2@hss.example.com", "-i", "team/app:1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--endpoint:", "user").doesNotContain("Pw-hunter2");
    }

    @Test
    void everyUnstableExitCodeThatCannotCollideIsAccepted() {
        for (String code : new String[] {"0", "1", "3", "6", "125"}) {
            try (SimulatedHss hss = SimulatedHss.with(images -> images.image("ml/trainer:3.0", image -> image.size(6L << 30)))) {
                CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "ml/trainer:3.0", "--unstable-exit-code", code);

                assertThat(run.exitCode()).as(code + run.err()).isEqualTo(Integer.parseInt(code));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badOptions")
    void badOptionsExitWithUsageAndSendNothing(String what, String[] args, String named) {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, args);

            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains(named);
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void anUnknownRegionIsReportedWithEveryOtherProblemAndNothingIsSent() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1"))) {
            CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--region", "mars-1",
                    "--endpoint", hss.baseUrl(), "--image-type", "private_image", "-i", "Bad Image", "--timeout", "soon");

            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("nothing was sent", "--region:", "mars-1", "cn-north-4", "iam_endpoint",
                    "--image:", "--project-id:", "--timeout:");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void unreadableOutcomesAreReportedByTheEngineWithEveryOtherProblemAndNothingIsSent() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "Bad Image", "--outcome", "scanning=failure",
                    "--status-outcome", "image_oversized=maybe", "--on-not-found", "never", "--timeout", "soon");

            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("nothing was sent", "--image:", "--timeout:", "--outcome:",
                    "scanning", "image_oversized=maybe", "not_found=never");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void aMissingImageTypeIsAProblemOfItsOptionAndNothingIsSent() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1"))) {
            CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--region", "cn-north-4", "--project-id", "p",
                    "--endpoint", hss.baseUrl(), "--iam-endpoint", hss.baseUrl(), "-i", "team/app:1");

            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("nothing was sent", "--image-type: image_type is missing");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void aMissingRegionIsReportedUnderItsOption() {
        CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--project-id", "p",
                "--image-type", "private_image", "-i", "team/app:1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--region: region is missing");
    }

    @Test
    void aPlainHttpEndpointExitsWithUsage() {
        CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--region", "cn-north-4", "--project-id", "p",
                "--image-type", "private_image", "--endpoint", "http://hss.example.com", "-i", "team/app:1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--endpoint:", "https");
    }

    @Test
    void everyProblemIsReportedAtOnceUnderItsOption() {
        CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--region", "cn-north-4",
                "-i", "Bad Image", "--image-size", "big", "--timeout", "soon", "--endpoint", "http://hss.example.com");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("nothing was sent", "--image:", "--image-size:", "--project-id:", "--timeout:",
                "--endpoint:", "--image-type:");
    }

    @Test
    void missingCredentialsExitWithUsageAndSendNothing() {
        assertSendsNothing(Map.of(), "no credentials in the environment", "-i", "team/app:1");
    }

    @Test
    void incompleteCredentialsNameTheMissingVariable() {
        assertSendsNothing(Map.of("HSS_ACCESS_KEY", "AK"), "HSS_SECRET_KEY is missing", "-i", "team/app:1");
    }

    @Test
    void twoKindsOfCredentialsAreRefused() {
        Map<String, String> environment = new HashMap<>(SimulatedHss.ACCESS_KEY_ENV);
        environment.put("HSS_TOKEN", "a-token");

        assertSendsNothing(environment, "several kinds of credentials", "-i", "team/app:1");
    }

    @Test
    void aCredentialsFileThatOthersCanReadIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("hss.properties"), "token=abc\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertSendsNothing(Map.of(), "chmod 600", "-i", "team/app:1", "--credentials-file", "hss.properties");
    }

    @Test
    void aMissingImagesFileExitsWithUsage() {
        assertSendsNothing(SimulatedHss.ACCESS_KEY_ENV, "images.txt", "--images-file", "images.txt");
    }

    @Test
    void imagesOnOneLineSeparatedBySpacesAreOneEntryReportedAsWritten() throws IOException {
        Files.writeString(dir.resolve("images.txt"), "team/app:1 team/web:2\n");

        assertSendsNothing(SimulatedHss.ACCESS_KEY_ENV,
                "Image \"team/app:1 team/web:2\" contains white space", "--images-file", "images.txt");
    }

    @Test
    void anUnwritableReportPathExitsWithUsage() throws IOException {
        Files.writeString(dir.resolve("not-a-directory"), "");

        assertSendsNothing(SimulatedHss.ACCESS_KEY_ENV, "not-a-directory", "-i", "team/app:1",
                "--report-json", "not-a-directory/report.json");
    }

    private void assertSendsNothing(Map<String, String> environment, String message, String... args) {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1"))) {
            CommandRun run = hss.run(environment, dir, args);

            assertThat(run.exitCode()).as(run.output()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains(message);
            assertThat(hss.requestsReceived()).isZero();
        }
    }
}
