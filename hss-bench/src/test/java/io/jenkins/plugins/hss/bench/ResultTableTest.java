package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.ScanRules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The side-by-side table: a row per way, ours at both paces first, each way's figures on its row. */
class ResultTableTest {

    @Test
    void oneBuildShowsOursAtBothPacesBesideTheScriptsAndTheBound() {
        Measurement measurement = ScaleBenchmark.measure(1, List.of(1L), seed -> ScanRules.DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        new ResultTable(new PrintStream(bytes, true, StandardCharsets.UTF_8)).sideBySide("title", List.of(measurement));

        List<String> rows = bytes.toString(StandardCharsets.UTF_8).lines()
                .filter(line -> line.matches(".*\\d+ / \\d+ / \\d+.*")).toList();
        assertThat(rows).hasSize(5);
        assertThat(rows.get(0)).startsWith("1 images, image list (1 seeds)").contains(" ours    ");
        // Every scan ends 70 s after the trigger: polling every 30 s, ours reads it at 90 s, as the script does.
        assertThat(rows.get(1)).contains("ours, polls every 30 s  4 / 4 / 4 ").contains("20.0s / 20.0s / 20.0s");
        assertThat(rows.get(2)).contains("competent SDK script    4 / 4 / 4 ").contains("20.0s / 20.0s / 20.0s");
        assertThat(rows.get(3)).contains("per-image script*");
        assertThat(rows.get(4)).contains("lower bound             2 / 2 / 2 ");
    }
}
