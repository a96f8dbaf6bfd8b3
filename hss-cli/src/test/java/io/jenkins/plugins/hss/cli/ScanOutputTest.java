package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run prints and writes: the table on stdout, progress on stderr, report files, the dry run's request. */
class ScanOutputTest {

    @TempDir
    Path dir;

    @Test
    void printsTheTableOnStdoutAndProgressOnStderr() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0");

            assertThat(run.out()).contains("team/app:1.0").doesNotContain("triggered");
            assertThat(run.err()).contains("triggered the scan of 1 image").doesNotContain("\r");
        }
    }

    @Test
    void writesTheRequestedReportFiles() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0",
                    "--report-json", "out/hss.json", "--report-junit", "out/hss.xml", "--report-markdown", "out/hss.md");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(Files.readString(dir.resolve("out/hss.json"))).contains("\"schema\"", "team/app:1.0");
            assertThat(Files.readString(dir.resolve("out/hss.xml"))).contains("<testcase");
            assertThat(Files.readString(dir.resolve("out/hss.md"))).contains("HSS image scan: SUCCESS");
        }
    }

    @Test
    void readsImagesFromAFileAsTheEngineReadsAListSkippingCommentsAndBlanks() throws IOException {
        Files.writeString(dir.resolve("images.txt"), "# release 1.0\nteam/app:1.0  # the app\n\nteam/web:2.0, team/db:3.0\n");
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0").image("team/web:2.0")
                .image("team/db:3.0"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--images-file", "images.txt");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(run.out()).contains("team/app:1.0", "team/web:2.0", "team/db:3.0");
        }
    }

    @Test
    void aDryRunPrintsTheRequestAndSendsNothing() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "--all", "--image-name", "app", "--latest-version",
                    "--dry-run");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(run.out()).contains("\"operate_all\":true", "\"image_type\":\"private_image\"",
                    "\"image_name\":\"app\"", "\"latest_version\":true");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void aDryRunOnTheNewerApiPrintsTheScanTaskItWouldSend() {
        CommandRun run = CommandRun.of(Map.of("HSS_REGION", "cn-north-4", "HSS_PROJECT_ID", "p123"), dir,
                "--image-type", "shared_image", "-i", "team/app:1.0", "--api", "image-scan-tasks", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("POST /v5/p123/image/image-scan/tasks?global_image_type=registry")
                .doesNotContain("batch-scan");
        assertThat(run.out()).contains("\"scan_scope\":1048320", "\"is_all\":false", "\"image_name\":\"app\"",
                "\"registry_type\":\"SwrShared\"");
    }

    @Test
    void aDryRunOnAutoPrintsBothTriggersSinceTheRunDecidesWhenItStarts() {
        CommandRun run = CommandRun.of(Map.of("HSS_REGION", "cn-north-4", "HSS_PROJECT_ID", "p123"), dir,
                "--image-type", "private_image", "-i", "team/app:1.0", "--api", "AUTO", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("POST /v5/p123/image/batch-scan", "POST /v5/p123/image/image-scan/tasks");
    }

    @Test
    void aFilterTheNewerApiCannotSendIsRefusedUnderItsOption() {
        CommandRun run = CommandRun.of(Map.of("HSS_REGION", "cn-north-4", "HSS_PROJECT_ID", "p123"), dir,
                "--image-type", "private_image", "--all", "--latest-version", "--api", "image-scan-tasks", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--latest-version", "set api to batch-scan");
    }

    @Test
    void takesRegionAndProjectFromTheEnvironment() {
        CommandRun run = CommandRun.of(Map.of("HSS_REGION", "cn-north-4", "HSS_PROJECT_ID", "p123"), dir,
                "--image-type", "private_image", "-i", "team/app:1.0", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("https://hss.cn-north-4.myhuaweicloud.com", "p123");
    }

    @Test
    void aDryRunChecksTheRegion() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--region", "mars-1", "--project-id", "p",
                "--image-type", "private_image", "-i", "team/app:1.0", "--dry-run");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--region");
    }
}
