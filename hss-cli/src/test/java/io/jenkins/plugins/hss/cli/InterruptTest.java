package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.Endpoint;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        try (SimulatedHss hss = slowScan()) {
            long[] sentBeforeCtrlC = {0};
            Interrupted run = interruptAfterTrigger(hss, () -> sentBeforeCtrlC[0] = hss.requestsReceived());

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(hss.requestsReceived()).isEqualTo(sentBeforeCtrlC[0]);
            assertThat(run.err()).contains("interrupted: the run was cancelled and nothing more was sent");
        }
    }

    @Test
    void ctrlCOnTheNewerApiStopsTheRunsScanTaskAndSaysSo() throws Exception {
        try (SimulatedHss hss = slowScan()) {
            Interrupted run = interruptAfterTrigger(hss, () -> { }, "--api", "image-scan-tasks");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.INTERRUPTED);
            assertThat(hss.requests(Endpoint.LIST_IMAGE_TASKS)).as("the task found by its time").isEqualTo(1);
            assertThat(hss.requests(Endpoint.STOP_IMAGE_SCAN_TASK)).as("and stopped before the process ends")
                    .isEqualTo(1);
            assertThat(run.err()).containsPattern("interrupted: the run was cancelled and its scan task \\S+ was stopped");
        }
    }

    private static SimulatedHss slowScan() {
        return SimulatedHss.with(images -> images.image("team/app:1.0", image -> image.scanDuration(Duration.ofHours(1))));
    }

    /** What an interrupted command returned and printed. */
    private record Interrupted(int exitCode, String err) {
    }

    /**
     * Runs the command with {@code extra} options, and presses Ctrl-C once it says it triggered the
     * scan (after {@code beforePress}); polls far apart, so that no poll is on the wire then.
     */
    private Interrupted interruptAfterTrigger(SimulatedHss hss, Runnable beforePress, String... extra) throws Exception {
        InterruptKey ctrlC = new InterruptKey();
        CountDownLatch triggered = new CountDownLatch(1);
        StringWriter err = new ProgressLog(triggered);
        ExecutorService shell = Executors.newSingleThreadExecutor();
        try {
            List<String> options = new ArrayList<>(List.of("-i", "team/app:1.0",
                    "--poll-interval", "10m", "--max-poll-interval", "10m", "--timeout", "1h"));
            options.addAll(List.of(extra));
            String[] args = hss.arguments(options.toArray(String[]::new));
            CompletableFuture<Integer> exitCode = CompletableFuture.supplyAsync(() -> HssScanCommand
                    .commandLine(new Shell(SimulatedHss.ACCESS_KEY_ENV, dir, false, ctrlC))
                    .setOut(new PrintWriter(new StringWriter(), true))
                    .setErr(new PrintWriter(err, true))
                    .execute(args), shell);
            triggered.await();
            beforePress.run();
            ctrlC.press();
            return new Interrupted(exitCode.get(), err.toString());
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
