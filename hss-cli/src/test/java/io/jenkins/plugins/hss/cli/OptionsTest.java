package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The options cover the API, and the help documents them. */
class OptionsTest {

    @TempDir
    Path dir;

    @Test
    void everyBatchScanFieldHasAnOption() {
        var fields = new CommandLine(new HssScanCommand(new Shell(Map.of(), dir, false))).getCommandSpec().options()
                .stream()
                .map(option -> option.userObject() instanceof Field field ? field.getAnnotation(SettingsField.class) : null)
                .filter(Objects::nonNull)
                .flatMap(annotation -> Arrays.stream(annotation.value()))
                .toList();

        assertThat(fields).contains("repo_type", "image_info_list", "operate_all", "namespace", "image_name",
                "image_version", "image_type", "scan_status", "latest_version", "image_size", "start_latest_update_time",
                "end_latest_update_time", "start_latest_scan_time", "end_latest_scan_time", "project_id",
                "enterprise_project_id");
    }

    @Test
    void theReferenceDocumentsEveryOption() throws IOException {
        String reference = Files.readString(Path.of("..", "docs", "cli.md"));
        var options = new CommandLine(new HssScanCommand(new Shell(Map.of(), dir, false))).getCommandSpec().options();

        assertThat(options).allSatisfy(option -> assertThat(reference).contains("`" + option.longestName()));
    }

    @Test
    void helpListsTheExitCodesAndExamples() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Exit codes:", "Examples:", "--image", "--demo", "API: image_type");
    }
}
