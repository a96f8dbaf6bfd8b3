package io.jenkins.plugins.hss.bench;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The figures as plain-text tables, each with the ratio it exists to show. */
final class ResultTable {

    private static final double MIB = 1024.0 * 1024;

    private final PrintStream out;

    ResultTable(PrintStream out) {
        this.out = out;
    }

    void requests(List<ScaleBenchmark.Figures> rows) {
        section("HTTP requests until the verdict, one build (ours under the 5/min limit; naive without it)");
        line("%9s %-12s %7s %6s %6s %7s %9s %9s %10s %5s", "images", "how", "trigger", "list", "total", "floor",
                "ours/floor", "naive", "naive/ours", "429s");
        for (ScaleBenchmark.Figures row : rows) {
            line("%9d %-12s %7d %6d %6d %7d %9.2fx %9d%s %9.0fx %5d", row.images(),
                    row.operateAll() ? "operate_all" : "image list", row.ours().batchScan(), row.ours().listImages(),
                    row.ours().hssCalls(), row.floor(), row.perFloor(), row.naiveRequests(), row.naiveRun() ? " " : "*",
                    row.naivePerOurs(), row.ours().throttled());
        }
        note("floor = 1 trigger + ceil(N/200) pages x (polls + the listing before the trigger); "
                + "* = by the naive rule (1 + N x " + Floors.naiveRounds() + " rounds), not run");
    }

    void verdictDelay(List<ScaleBenchmark.Figures> rows) {
        section("Verdict delay after the last scan ended (simulated time)");
        line("%9s %6s %12s %16s %18s %10s", "images", "polls", "delay", "poll interval", "listing at limit", "elapsed");
        for (ScaleBenchmark.Figures row : rows) {
            ClientFigures client = row.client();
            line("%9d %6d %12s %16s %18s %10s", row.images(), client.polls(), time(client.verdictDelayMillis()),
                    time(client.pollIntervalMillis()), time(Floors.listingTime(row.images()).toMillis()),
                    time(client.elapsedMillis()));
        }
        note("poll interval = from the end of the previous poll (or the trigger) to the start of the last one; "
                + "listing at limit = the least time one listing of N images takes at 5 calls/min");
    }

    void resources(List<ScaleBenchmark.Figures> rows) {
        section("Client CPU and heap (client JVM -Xmx" + ForkedClient.CLIENT_HEAP + ", the run only)");
        line("%9s %11s %10s %10s %12s %11s %11s %11s %11s %13s", "images", "engine CPU", "per image", "marginal",
                "process CPU", "allocated", "per image", "after GC", "retained", "simulator CPU");
        ScaleBenchmark.Figures previous = null;
        for (ScaleBenchmark.Figures row : rows) {
            ResourceMeter.Use use = row.client().use();
            int n = row.images();
            String marginal = previous == null ? "-" : String.format(Locale.ROOT, "%.1fus",
                    (use.threadCpuNanos() - previous.client().use().threadCpuNanos()) / 1e3 / (n - previous.images()));
            line("%9d %9.0fms %8.1fus %10s %10.0fms %8.1fMiB %8.1fKiB %8.1fMiB %8.1fMiB %11.0fms", n,
                    use.threadCpuNanos() / 1e6, use.threadCpuNanos() / 1e3 / n, marginal, use.processCpuNanos() / 1e6,
                    use.allocatedBytes() / MIB, use.allocatedBytes() / 1024.0 / n, use.peakHeapAfterGcBytes() / MIB,
                    use.retainedHeapBytes() / MIB, row.simulatorCpuNanos() / 1e6);
            previous = row;
        }
        note("engine CPU and allocated: the thread that runs the watcher and its HTTP calls; marginal: the extra "
                + "engine CPU per extra image since the row above; process CPU adds GC, JIT and okhttp's threads; "
                + "after GC: the largest heap after any GC during the run, an upper bound of the live data; "
                + "retained: after a full GC at the end");
    }

    void tokens(TokenSharing.Outcome outcome) {
        section("IAM token requests, " + outcome.scans() + " concurrent scans on one IAM user (target 1)");
        line("%d IAM token request(s) for %d HSS calls", outcome.iamTokenRequests(), outcome.hssCalls());
    }

    void concurrency(List<ConcurrencyBenchmark.Figures> rows) {
        section("Time to all verdicts, concurrent builds of " + ConcurrencyBenchmark.IMAGES_PER_BUILD
                + " images on one credential, HSS limit 5 calls/min/API");
        line("%7s %9s %9s %10s %6s %6s %9s %11s %6s %7s", "builds", "floor", "ours", "ours/floor", "calls", "429s",
                "naive", "naive/floor", "calls", "429s");
        for (ConcurrencyBenchmark.Figures row : rows) {
            line("%7d %9s %9s %9.2fx %6d %6d %9s %10.2fx %6d %7d", row.builds(), time(row.floor().toMillis()),
                    time(row.ours().toMillis()), ratio(row.ours(), row.floor()), row.oursCounts().hssCalls(),
                    row.oursCounts().throttled(), time(row.naive().toMillis()), ratio(row.naive(), row.floor()),
                    row.naiveCounts().hssCalls(), row.naiveCounts().throttled());
        }
        note("floor = (ceil(builds/5) - 1) min of trigger budget + " + Floors.SCAN_TIME.toSeconds()
                + " s of scan; calls include the refused ones");
    }

    private static double ratio(Duration measured, Duration floor) {
        return (double) measured.toMillis() / floor.toMillis();
    }

    /** {@code 1h02m03s}, {@code 4m05s}, {@code 6.5s}. */
    static String time(long millis) {
        long seconds = millis / 1000;
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%dh%02dm%02ds", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        if (seconds >= 60) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }

    private void section(String title) {
        out.println();
        out.println(title);
    }

    private void note(String text) {
        out.println("  (" + text + ")");
    }

    private void line(String format, Object... values) {
        out.println(String.format(Locale.ROOT, format, values));
    }
}
