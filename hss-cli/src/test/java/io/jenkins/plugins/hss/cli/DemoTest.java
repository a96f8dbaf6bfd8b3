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
    void theDemoKeepsTheUsersGate() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "-i", "shop/web:2.4.1", "--gate", "delay_repair>1:unstable");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.UNSTABLE);
    }

    @Test
    void theDemoScansItsOwnImagesWithoutAnImageType() {
        CommandRun run = CommandRun.of(Map.of(), dir, "--demo", "--dry-run");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.out()).contains("\"image_type\":\"private_image\"");
    }
}
