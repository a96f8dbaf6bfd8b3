package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.Endpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C during a wait (issue 6): the run is cancelled, nothing more is sent, the exit code says so;
 * on the newer API the run's scan task is stopped first (issue 16), as the plugin's abort does.
 */
class InterruptTest {

    @TempDir
    Path dir;

    @Test
    void ctrlCDuringTheWaitCancelsTheRunAndSendsNothingMore() throws Exception {
        InterruptKey ctrlC = new InterruptKey();
        CountDownLatch triggered = new CountDownLatch(1);
        StringWriter err = new ProgressLog(triggered);
        ExecutorService shell = Executors.newSingleThreadExecutor();
        try (SimulatedHss hss = SimulatedHss.with(images -> images
                .image("team/app:1.0", image -> image.scanDuration(Duration.ofHours(1))))) {
            // Polls far apart, so that no poll is on the wire when the key is pressed.
            String[] args = hss.arguments("-i", "team/app:1.0",
                    "--poll-interval", "10m", "--max-poll-interval", "10m", "--timeout", "1h");
            CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> HssScanCommand
                    .commandLine(new Shell(SimulatedHss.ACCESS_KEY_ENV, dir, false, ctrlC))
                    .setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args), shell);

            triggered.await();
            long sentBeforeCtrlC = hss.requestsReceived();
            ctrlC.press();

            assertThat(exitCode.get()).as(err.toString()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(hss.requestsReceived()).isEqualTo(sentBeforeCtrlC);
            assertThat(err.toString()).contains("interrupted: the run was cancelled and nothing more was sent");
        } finally {
            shell.shutdownNow();
        }
    }

    @Test
    void ctrlCOnTheNewerApiStopsTheRunsScanTaskAndSaysSo() throws Exception {
        InterruptKey ctrlC = new InterruptKey();
        CountDownLatch triggered = new CountDownLatch(1);
        StringWriter err = new ProgressLog(triggered);
        ExecutorService shell = Executors.newSingleThreadExecutor();
        try (SimulatedHss hss = SimulatedHss.with(images -> images
                .image("team/app:1.0", image -> image.scanDuration(Duration.ofHours(1))))) {
            String[] args = hss.arguments("-i", "team/app:1.0", "--api", "image-scan-tasks",
                    "--poll-interval", "10m", "--max-poll-interval", "10m", "--timeout", "1h");
            CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> HssScanCommand
                    .commandLine(new Shell(SimulatedHss.ACCESS_KEY_ENV, dir, false, ctrlC))
                    .setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args), shell);

            triggered.await();
            ctrlC.press();

            assertThat(exitCode.get()).as(err.toString()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(hss.requests(Endpoint.LIST_IMAGE_TASKS)).as("the task found by its time").isEqualTo(1);
            assertThat(hss.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).as("and stopped before the process ends")
                    .isEqualTo(1);
            assertThat(err.toString()).containsPattern("interrupted: the run was cancelled and its scan task \\S+ was stopped");
        } finally {
            shell.shutdownNow();
        }
    }

    /** Stderr that opens {@code triggered} once the command says it triggered the scan. */
    private static final class ProgressLog extends StringWriter {

        private final CountDownLatch triggered;

        ProgressLog(CountDownLatch triggered) {
            this.triggered = triggered;
        }

        @Override
        public void flush() {
            if (toString().contains("triggered the scan")) {
                triggered.countDown();
            }
        }
    }
}
