package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

    @TempDir
    Path dir;

    @Test
    void theDemoScansTheSeededRepositoryAndExitsWithTheGatesCode() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(run.out()).contains(DemoRepository.IMAGES.toArray(String[]::new))
                .contains("failed", "image_oversized", "FAILURE");
        assertThat(run.err()).contains("What just happened", "docs/cli.md");
    }

    @Test
    void theDemoOnTheNewerApiReachesTheSameVerdictsThroughScanTasks() {
        CommandRun batch = CommandRun.of(Map.of(), dir, "--demo", "--report-json", "batch.json");
        CommandRun newer = CommandRun.of(Map.of(), dir, "--demo", "--api", "image-scan-tasks", "--report-json", "newer.json");
        String batchJson = read("batch.json");
        String newerJson = read("newer.json");

        assertThat(newer.exitCode()).as(newer.err()).isEqualTo(batch.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(tree(newerJson).path("api").asText()).isEqualTo("image-scan-tasks");
        assertThat(tree(batchJson).path("api").asText()).isEqualTo("batch-scan");
        // Two tasks, as two batch scans: the list at once, then the pushed image once HSS synced it.
        assertThat(newer.err()).contains("HSS API: image-scan-tasks (setting api)", "image-scan/tasks 2,", "batch-scan 0,");
        assertThat(verdicts(newerJson)).isEqualTo(verdicts(batchJson));
    }

    /** The footer counts every call the run made: the CVE list of a cvss rule, the scan tasks read. */
    @Test
    void theDemosFooterNamesTheCallsOnlySomeSettingsMake() {
        CommandRun cves = CommandRun.of(Map.of(), dir, "--demo", "--gate", "cvss>8.9");
        CommandRun plain = CommandRun.of(Map.of(), dir, "--demo");

        assertThat(cves.err()).containsPattern("Requests HSS received: .*, images/vulnerabilities [1-9]");
        assertThat(plain.err()).contains("Requests HSS received: ").doesNotContain("images/vulnerabilities");
    }

    @Test
    void theDemosHarborRegistryIsScannedByNameWithTheSameVerdicts() {
        CommandRun swr = CommandRun.of(Map.of(), dir, "--demo", "--api", "image-scan-tasks", "--report-json", "swr.json");
        CommandRun harbor = CommandRun.of(Map.of(), dir, "--demo", "--api", "image-scan-tasks",
                "--registry", DemoRepository.HARBOR_NAME, "--report-json", "harbor.json");
        String harborJson = read("harbor.json");

        assertThat(harbor.exitCode()).as(harbor.err()).isEqualTo(swr.exitCode()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(harbor.err()).contains("registry: shop harbor (Harbor harbor-shop)");
        assertThat(tree(harborJson).path("images")).allSatisfy(image ->
                assertThat(image.path("imageType").asText()).isEqualTo("harbor"));
        assertThat(verdicts(harborJson)).isEqualTo(verdicts(read("swr.json")));
    }

    @Test
    void aDryRunOfARegistrySaysTheRunResolvesIt() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--dry-run", "--api", "image-scan-tasks",
                "--registry", DemoRepository.HARBOR_NAME, "-i", "shop/api:1.9.0");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("registry_id and registry_name of registry \"shop harbor\"", "ListRegistry");
        assertThat(run.out()).contains("\"registry_type\":\"Harbor\"");
    }

    @Test
    void aRegistryOnBatchScanIsRefusedBeforeAnythingIsSentWithTheFix() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--registry", DemoRepository.HARBOR_NAME);

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("nothing was sent", "--registry", "use api image-scan-tasks");
    }

    @Test
    void anUnknownRegistryListsTheNamesHssKnows() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--api", "image-scan-tasks", "--registry", "nope");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--registry", "\"nope\"", "\"shop harbor\"", "\"SWR private\"");
    }

    @Test
    void anUnknownApiNamesTheOptionAndTheValues() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--api", "v2");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--api", "batch-scan, image-scan-tasks, auto");
    }

    private String read(String file) {
        try {
            return java.nio.file.Files.readString(dir.resolve(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Each image's reference, status and outcome, as the JSON report gives them. */
    private static java.util.List<String> verdicts(String json) {
        java.util.List<String> verdicts = new java.util.ArrayList<>();
        tree(json).path("images").forEach(image -> verdicts.add(image.path("reference").asText() + " "
                + image.path("status").asText() + " " + image.path("outcome").asText()));
        return verdicts.stream().sorted().toList();
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDemoKeepsTheUsersGate() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "-i", "shop/web:2.4.1", "--gate", "delay_repair>1:unstable");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNSTABLE);
    }

    @Test
    void aDemoOfTheUsersOwnChoiceDoesNotTellTheSeededStory() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "-i", "shop/web:2.4.1", "--gate", "immediate_repair>5:failure");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("the images you chose", "Exit code 0", "in CI the job goes on")
                .doesNotContain("data/etl failed to scan", "fails the job");
    }

    @Test
    void theDemoScansItsOwnImagesWithoutAnImageType() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("\"image_type\":\"private_image\"");
    }

    @Test
    void aHostileDemoShowsTheCommandFailClosed() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--demo-hostile", "negative-counts");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.API_ERROR);
        assertThat(run.err()).contains("hostile mode negative-counts", "What just happened");
        assertThat(run.out()).contains("malformed answer", "vul_num -5");
    }

    @Test
    void aHostileDemoWhoseCountsNeverComeEndsByItsDeadlineWithTheThresholdBreached() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--demo-hostile", "vulnerabilities-fail");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.GATE_FAILED);
        assertThat(run.err()).contains("--timeout " + Demo.HOSTILE_TIMEOUT + " unless you give one")
                .doesNotContain("interrupted");
        assertThat(run.out()).contains("shop/web:2.4.1: unhandled immediate_repair: counts by repair necessity unknown "
                + "(the vulnerability list could not be fetched by the deadline");
    }

    @Test
    void aHostileModeNeedsTheDemo() {
        CommandRun run = CommandRun.of(SimulatedHss.ACCESS_KEY_ENV, dir, "--region", "cn-north-4", "--project-id", "p",
                "--image-type", "private_image", "-i", "team/app:1", "--demo-hostile", "negative-counts");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--demo-hostile works with --demo only");
    }

    @Test
    void anUnknownHostileModeListsTheKnownOnes() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--demo-hostile", "friendly");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--demo-hostile", "negative-counts", "endless-pages");
    }
}
