package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a run keeps its calls for the other runs of the user on the machine, and how to move or refuse that. */
class CallLedgerTest {

    @TempDir
    Path dir;

    @Test
    void aRunKeepsItsCallsInTheUsersCacheDirectoryUnderANameThatHidesTheKey() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(environment("XDG_CACHE_HOME", dir.resolve("cache").toString()), dir,
                    "-i", "team/app:1.0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            List<Path> files = files(dir.resolve("cache/hss-scan"));
            assertThat(files).extracting(file -> file.getFileName().toString())
                    .hasSize(2).allMatch(name -> name.matches("[0-9a-f]{32}\\.(lock|ledger)"));
            Path ledger = files.stream().filter(file -> file.toString().endsWith(".ledger")).findFirst().orElseThrow();
            assertThat(Files.readString(ledger)).startsWith("hss-scan call ledger 1\n")
                    .doesNotContain(HssSimulator.DEMO_ACCESS_KEY);
        }
    }

    @Test
    void withoutACacheDirectoryTheHomeDirectoryHoldsIt() throws IOException {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(environment("HOME", dir.toString()), dir, "-i", "team/app:1.0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(files(dir.resolve(".cache/hss-scan"))).hasSize(2);
        }
    }

    @Test
    void callLedgerNoneKeepsTheBudgetToTheRun() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            Map<String, String> environment = environment("XDG_CACHE_HOME", dir.resolve("cache").toString());
            environment.put("HSS_CALL_LEDGER", "none");
            CommandRun run = hss.run(environment, dir, "-i", "team/app:1.0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
            assertThat(dir.resolve("cache")).doesNotExist();
        }
    }

    @Test
    void aLedgerDirectoryThatCannotBeMadeIsAUsageErrorAndNothingIsSent() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-directory"), "");
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(SimulatedHss.ACCESS_KEY_ENV, dir, "-i", "team/app:1.0",
                    "--call-ledger", file.toString());

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("--call-ledger", "--call-ledger none");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    private static Map<String, String> environment(String name, String value) {
        Map<String, String> environment = new HashMap<>(SimulatedHss.ACCESS_KEY_ENV);
        environment.put(name, value);
        return environment;
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
