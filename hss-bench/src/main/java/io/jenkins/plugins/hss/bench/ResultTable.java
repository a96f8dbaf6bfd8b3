package io.jenkins.plugins.hss.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/** The figures as plain-text tables: every way side by side, each against the lower bound. */
final class ResultTable {

    private static final double MIB = 1024.0 * 1024;

    private final PrintStream out;

    ResultTable(PrintStream out) {
        this.out = out;
    }

    /**
     * One table of measurements, each a group of rows: ours at each pace, the competent script, the
     * per-image one, the bound.
     */
    void sideBySide(String title, List<Measurement> measurements) {
        section(title);
        line("%-50s %-23s %-22s %6s %5s  %-27s %-32s %12s  %s", "layout", "way", "calls p50/p95/max", "xbound",
                "429s", "verdict delay p50/p95/max", "total time p50/p95/max", "xbound", "at default timeout");
        for (Measurement measurement : measurements) {
            String label = measurement.label() + " (" + measurement.runs().size() + " seeds)";
            for (WayFigures.Way way : WayFigures.Way.values()) {
                WayFigures row = WayFigures.of(measurement, way);
                if (row != null) {
                    line("%-50s %-23s %-22s %5.2fx %5.0f  %-27s %-32s %12s  %s", label,
                            way.label + marker(measurement, way), spread(row.calls(), v -> String.format(Locale.ROOT,
                                    "%.0f", v)), row.callsPerBound().p50(), row.throttled().max(),
                            spread(row.delayMillis(), v -> time((long) v)), spread(row.totalMillis(), v -> time((long) v)),
                            String.format(Locale.ROOT, "%.2f-%.2fx", row.totalPerBound().p50(), row.totalPerBound().max()),
                            inDefault(row));
                    label = "";
                }
            }
        }
        note("p50/p95/max over the seeds (verdict delay: over every build of every seed), nearest rank; calls: HSS "
                + "calls until the verdict, refused ones included; xbound: the run's calls (p50) and total time "
                + "(p50-max) over the lower bound's of the same seed; verdict delay: from the end of the build's last "
                + "scan (as the simulator ran it) to the verdict; total time: from the first request to the last "
                + "verdict; at default timeout: builds whose verdict came within their default timeout ("
                + BenchSettings.defaultTimeoutRule() + "; ours, at either pace: run with it; the others: waited no "
                + "longer from their trigger), else the timeout the longest wait needs "
                + "(ours' figures are then those of a run with that timeout); * per-image script without HSS's limit "
                + "(by its rule when not run: 1 + one call per image per 30 s until its scan ended)");
    }

    private static String marker(Measurement measurement, WayFigures.Way way) {
        if (way != WayFigures.Way.NAIVE) {
            return "";
        }
        return switch (measurement.naive()) {
            case MEASURED_WITHOUT_LIMIT -> "*";
            case BY_RULE -> "* rule";
            default -> "";
        };
    }

    private static String inDefault(WayFigures row) {
        String count = row.inDefaultTimeout() + "/" + row.builds();
        return row.inDefaultTimeout() == row.builds() ? count : count + ", needs " + time(row.longestWait().toMillis());
    }

    private static String spread(Spread spread, DoubleFunction<String> format) {
        return format.apply(spread.p50()) + " / " + format.apply(spread.p95()) + " / " + format.apply(spread.max());
    }

    void resources(List<ResourceBenchmark> rows) {
        section("Client CPU and heap, one build, realistic scans of seed 1 (client JVM -Xmx" + ForkedClient.CLIENT_HEAP
                + ", the run only)");
        line("%9s %-12s %7s %11s %10s %12s %11s %11s %11s %11s %13s", "images", "trigger", "calls", "engine CPU",
                "per image", "process CPU", "allocated", "per image", "after GC", "retained", "simulator CPU");
        for (ResourceBenchmark row : rows) {
            ResourceMeter.Use use = row.client().use();
            int n = row.images();
            line("%9d %-12s %7d %9.0fms %8.1fus %10.0fms %8.1fMiB %8.1fKiB %8.1fMiB %8.1fMiB %11.0fms", n,
                    trigger(row), row.client().counts().hssCalls(), use.threadCpuNanos() / 1e6,
                    use.threadCpuNanos() / 1e3 / n, use.processCpuNanos() / 1e6, use.allocatedBytes() / MIB,
                    use.allocatedBytes() / 1024.0 / n, use.peakHeapAfterGcBytes() / MIB, use.retainedHeapBytes() / MIB,
                    row.simulatorCpuNanos() / 1e6);
        }
        note("engine CPU and allocated: the thread that runs the watcher and its HTTP calls; process CPU adds GC, JIT "
                + "and okhttp's threads; after GC: the largest heap after any GC during the run, an upper bound of the "
                + "live data; retained: after a full GC at the end; the run has a timeout long enough for its verdict");
        line("%9s %-12s %11s %10s %12s %11s", "images", "trigger", "engine CPU", "per image", "process CPU",
                "allocated");
        for (ResourceBenchmark row : rows) {
            ResourceMeter.Use warm = row.client().warmUse();
            line("%9d %-12s %9.0fms %8.1fus %10.0fms %8.1fMiB", row.images(), trigger(row),
                    warm.threadCpuNanos() / 1e6, warm.threadCpuNanos() / 1e3 / row.images(),
                    warm.processCpuNanos() / 1e6, warm.allocatedBytes() / MIB);
        }
        note("the same run again in the same client JVM, as a controller that already ran builds pays it: "
                + "no class loading, the JIT mostly done");
    }

    private static String trigger(ResourceBenchmark row) {
        return row.operateAll() ? "operate_all" : "image list";
    }

    void tokens(TokenSharing.Outcome outcome) {
        section("IAM token requests, " + outcome.scans() + " concurrent scans on one IAM user (target 1)");
        line("%d IAM token request(s) for %d HSS calls", outcome.iamTokenRequests(), outcome.hssCalls());
    }

    /** {@code 1h02m03s}, {@code 4m05s}, {@code 6.5s}; days as {@code 2d03h04m}. */
    static String time(long millis) {
        long seconds = millis / 1000;
        if (seconds >= 86_400) {
            return String.format(Locale.ROOT, "%dd%02dh%02dm", seconds / 86_400, seconds / 3600 % 24, seconds / 60 % 60);
        }
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
        out.println(String.format(Locale.ROOT, format, values).stripTrailing());
    }
}
