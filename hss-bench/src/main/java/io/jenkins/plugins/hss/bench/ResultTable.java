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
        line("%9s %-17s %7s %6s %6s %7s %9s %10s %10s %5s", "images", "how", "trigger", "list", "total", "floor",
                "ours/floor", "naive", "naive/ours", "429s");
        for (ScaleBenchmark.Figures row : rows) {
            line("%9d %-17s %7d %6d %6d %7d %9.2fx %10d%s %9.0fx %5d", row.images(), how(row),
                    row.ours().batchScan(), row.ours().listImages(),
                    row.ours().hssCalls(), row.floor(), row.perFloor(), row.naiveRequests(), row.naiveRun() ? " " : "*",
                    row.naivePerOurs(), row.ours().throttled());
        }
        note("floor: image list = 1 trigger + ceil(N/200) pages x our polls (the issue's); operate_all = 1 trigger "
                + "+ ceil(N/200) pages (every image read once after its scan ended) + 1 call for each other poll; "
                + "ours includes what it reads before the trigger; ~Nh = the scans end one after the other over "
                + "N hours, else all 70 s after the trigger; * = by the naive rule (1 + one call per image per 30 s "
                + "round until its scan ended: " + Floors.naiveRounds() + " rounds each at 70 s), not run");
    }

    private static String how(ScaleBenchmark.Figures row) {
        String how = row.operateAll() ? "operate_all" : "image list";
        return row.endingOver().isZero() ? how : how + " ~" + row.endingOver().toHours() + "h";
    }

    void verdictDelay(List<ScaleBenchmark.Figures> rows) {
        section("Verdict delay after the last scan ended (simulated time)");
        line("%9s %-17s %6s %12s %16s %18s %16s %10s", "images", "how", "polls", "delay", "poll interval",
                "listing at limit", "delay - listing", "elapsed");
        for (ScaleBenchmark.Figures row : rows) {
            ClientFigures client = row.client();
            long listing = row.endingOver().isZero() ? Floors.listingTime(row.images()).toMillis() : 0;
            line("%9d %-17s %6d %12s %16s %18s %16s %10s", row.images(), how(row), client.polls(),
                    time(client.verdictDelayMillis()),
                    time(client.pollIntervalMillis()), time(listing), time(client.verdictDelayMillis() - listing),
                    time(client.elapsedMillis()));
        }
        note("poll interval = from the end of the previous poll (or the trigger) to the start of the last one; "
                + "listing at limit = the least time one listing of N images takes at 5 calls/min, which no client "
                + "can shorten when all scans end at once (0 when they end over hours: each poll reads what ended "
                + "since the last); delay - listing = the part of the delay that is the engine's, to set against the "
                + "poll interval");
    }

    void resources(List<ScaleBenchmark.Figures> rows) {
        section("Client CPU and heap (client JVM -Xmx" + ForkedClient.CLIENT_HEAP + ", the run only)");
        line("%9s %-17s %11s %10s %10s %12s %11s %11s %11s %11s %13s", "images", "how", "engine CPU", "per image",
                "marginal",
                "process CPU", "allocated", "per image", "after GC", "retained", "simulator CPU");
        ScaleBenchmark.Figures previous = null;
        for (ScaleBenchmark.Figures row : rows) {
            ResourceMeter.Use use = row.client().use();
            int n = row.images();
            String marginal = previous == null || previous.images() >= n ? "-" : String.format(Locale.ROOT, "%.1fus",
                    (use.threadCpuNanos() - previous.client().use().threadCpuNanos()) / 1e3 / (n - previous.images()));
            line("%9d %-17s %9.0fms %8.1fus %10s %10.0fms %8.1fMiB %8.1fKiB %8.1fMiB %8.1fMiB %11.0fms", n, how(row),
                    use.threadCpuNanos() / 1e6, use.threadCpuNanos() / 1e3 / n, marginal, use.processCpuNanos() / 1e6,
                    use.allocatedBytes() / MIB, use.allocatedBytes() / 1024.0 / n, use.peakHeapAfterGcBytes() / MIB,
                    use.retainedHeapBytes() / MIB, row.simulatorCpuNanos() / 1e6);
            previous = row.endingOver().isZero() ? row : previous;
        }
        note("engine CPU and allocated: the thread that runs the watcher and its HTTP calls; marginal: the extra "
                + "engine CPU per extra image since the row above; process CPU adds GC, JIT and okhttp's threads; "
                + "after GC: the largest heap after any GC during the run, an upper bound of the live data; "
                + "retained: after a full GC at the end");
        line("%9s %-17s %11s %10s %12s %11s", "images", "how", "engine CPU", "per image", "process CPU", "allocated");
        for (ScaleBenchmark.Figures row : rows) {
            ResourceMeter.Use warm = row.client().warmUse();
            line("%9d %-17s %9.0fms %8.1fus %10.0fms %8.1fMiB", row.images(), how(row), warm.threadCpuNanos() / 1e6,
                    warm.threadCpuNanos() / 1e3 / row.images(), warm.processCpuNanos() / 1e6,
                    warm.allocatedBytes() / MIB);
        }
        note("the same run again in the same client JVM, as a controller that already ran builds pays it: "
                + "no class loading, the JIT mostly done");
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
