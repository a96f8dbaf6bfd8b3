package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.watch.WatchEvent;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    private final StringWriter err = new StringWriter();

    @Test
    void printsEveryEventOnALineOfItsOwnOutsideATerminal() {
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), false);

        printer.onEvent(progress(0));
        printer.onEvent(new WatchEvent.ImageFinished("team/app:1.0", "success"));
        printer.onEvent(progress(1));
        printer.finish();

        assertThat(err.toString()).doesNotContain("\r").hasLineCount(3);
    }

    @Test
    void rewritesOneLiveProgressLineOnATerminal() {
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), true);

        printer.onEvent(progress(0));
        printer.onEvent(progress(1));
        printer.finish();

        assertThat(err.toString()).contains("\r").containsOnlyOnce(System.lineSeparator()).endsWith(progress(1).message() + System.lineSeparator());
    }

    @Test
    void printsOtherEventsAboveTheLiveLineAndRedrawsIt() {
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(err), true);

        printer.onEvent(progress(0));
        printer.onEvent(new WatchEvent.ImageFinished("team/app:1.0", "success"));

        assertThat(err.toString()).contains(new WatchEvent.ImageFinished("team/app:1.0", "success").message() + System.lineSeparator())
                .endsWith(progress(0).message());
    }

    private static WatchEvent.Progress progress(int done) {
        return new WatchEvent.Progress(done, 2, Map.of("success", done), Duration.ofSeconds(30));
    }
}
