package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.ScanFields;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The options give the scan in the engine's text form, under the names the engine reads. */
class ScanFieldsOptionsTest {

    /** What an option names that is where to connect, not a field of the scan. */
    private static final List<String> CONNECTION_ONLY = List.of("region", "endpoint", "iam_endpoint");

    @TempDir
    Path dir;

    private ScanFields fieldsOf(String... args) {
        CommandLine commandLine = HssScanCommand.commandLine(new Shell(Map.of(), dir, false));
        commandLine.parseArgs(args);
        return ((HssScanCommand) commandLine.getCommand()).fields();
    }

    @Test
    void aCommandLineGivesTheScanUnderTheApisFieldNames() throws IOException {
        Files.writeString(dir.resolve("images.txt"), "# the release\nteam-a/tools/curl:8, team-a/app:2\n");

        ScanFields fields = fieldsOf("--image-type", "private_image", "-i", "team-a/nginx:1.25",
                "--images-file", "images.txt", "--project-id", "0123456789abcdef0123456789abcdef",
                "--enterprise-project-id", "all_granted_eps", "--api", "image-scan-tasks", "--no-sync",
                "--gate", "immediate_repair>0:failure", "--gate", "cvss>8.9", "--on-timeout", "unstable",
                "--outcome", "image_oversized=failure", "--count-handled", "--timeout", "PT45M",
                "--poll-interval", "PT30S", "--max-poll-interval", "2m", "--start-grace", "5m");

        assertThat(fields).isEqualTo(theSameScanAsTheStepGivesIt());
    }

    /**
     * The scan that the plugin's ScanRequest with the same values gives (its test asserts the same
     * map; that test runs only where Jenkins does).
     */
    static ScanFields theSameScanAsTheStepGivesIt() {
        return ScanFields.builder()
                .put("image_type", "private_image")
                .put("image_info_list", "team-a/nginx:1.25\nteam-a/tools/curl:8\nteam-a/app:2")
                .put("project_id", "0123456789abcdef0123456789abcdef")
                .put("enterprise_project_id", "all_granted_eps")
                .put("api", "image-scan-tasks")
                .put("synchronize", "false")
                .put("gate.thresholds", "immediate_repair>0:failure\ncvss>8.9")
                .put("gate.outcomes", "timeout=unstable\nimage_oversized=failure")
                .put("gate.count_handled", "true")
                .put("wait.wait_for_results", "true")
                .put("wait.timeout", "PT45M")
                .put("wait.initial_poll_interval", "PT30S")
                .put("wait.max_poll_interval", "2m")
                .put("wait.start_grace_period", "5m")
                .build();
    }

    @Test
    void everyOptionOfTheScanNamesAFieldTheEngineReads() {
        List<String> named = new CommandLine(new HssScanCommand(new Shell(Map.of(), dir, false))).getCommandSpec()
                .options().stream()
                .map(option -> option.userObject() instanceof Field field ? field.getAnnotation(SettingsField.class) : null)
                .filter(Objects::nonNull)
                .flatMap(annotation -> Arrays.stream(annotation.value()))
                .filter(name -> !CONNECTION_ONLY.contains(name))
                .distinct()
                .toList();

        assertThat(named).containsExactlyInAnyOrderElementsOf(ScanFields.names());
    }
}
