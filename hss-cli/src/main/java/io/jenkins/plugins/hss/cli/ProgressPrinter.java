package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.watch.WatchEvent;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Prints a run's events on stderr. On a terminal the progress counts are one live line, rewritten
 * in place, with the other events printed above it; elsewhere (CI logs, files) every event is a
 * plain line, so that a log has no carriage returns in it. Events carry no secrets.
 */
final class ProgressPrinter implements WatchListener {

    private static final String PREFIX = "hss-scan: ";
    private static final String CLEAR_LINE = "\r\u001b[K";

    private final PrintWriter err;
    private final boolean live;
    private String liveLine = "";

    ProgressPrinter(PrintWriter err, boolean live) {
        this.err = Objects.requireNonNull(err, "err");
        this.live = live;
    }

    @Override
    public synchronized void onEvent(WatchEvent event) {
        String line = PREFIX + event.message();
        if (!live) {
            err.println(line);
        } else if (event instanceof WatchEvent.Progress) {
            liveLine = line;
            err.print(CLEAR_LINE + liveLine);
        } else {
            err.print(CLEAR_LINE + line + System.lineSeparator() + liveLine);
        }
        err.flush();
    }

    /** Ends the live line, so that what follows starts on a line of its own. */
    synchronized void finish() {
        if (live && !liveLine.isEmpty()) {
            err.println();
            err.flush();
            liveLine = "";
        }
    }
}
