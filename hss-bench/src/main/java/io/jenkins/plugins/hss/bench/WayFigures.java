package io.jenkins.plugins.hss.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One way's figures in one {@link Measurement}, over its seeds (and, for the verdict delay, over
 * every build of every seed). Ratios are taken per seed against that seed's lower bound.
 *
 * @param inDefaultTimeout builds whose verdict came within the default timeout (ours: measured
 *                         with it; the others: waited no longer than it from their trigger)
 * @param longestWait      the longest a build waited from its trigger: the timeout it needs
 */
record WayFigures(Way way, Spread calls, Spread callsPerBound, Spread throttled, Spread delayMillis,
                  Spread totalMillis, Spread totalPerBound, long inDefaultTimeout, long builds, Duration longestWait) {

    enum Way {
        OURS("ours", BenchSettings.Pace.DEFAULT),
        OURS_AT_SCRIPT_PACE("ours, polls every " + CompetentSdkScript.ROUND.toSeconds() + " s",
                BenchSettings.Pace.SCRIPT),
        COMPETENT("competent SDK script", null),
        NAIVE("per-image script", null),
        BOUND("lower bound", null);

        final String label;
        /** Null: not our engine. */
        final BenchSettings.Pace pace;

        Way(String label, BenchSettings.Pace pace) {
            this.label = label;
            this.pace = pace;
        }
    }

    /** One seed's figures of a way. */
    private record Seed(long calls, long throttled, List<Duration> delays, Duration total, List<Duration> waits,
                        long inDefaultTimeout) {

        static Seed of(SideBySide.Run run, Way way) {
            if (way == Way.BOUND) {
                LowerBound bound = run.bound();
                return new Seed(bound.calls(), 0, List.of(bound.delay()), bound.total(), bound.waits(),
                        withinDefault(bound.waits(), run.defaultTimeouts()));
            }
            SideBySide.Ours ours = way.pace == null ? null : run.ours(way.pace);
            ClientRun client = ours != null ? ours.client() : way == Way.COMPETENT ? run.competent() : run.naive();
            List<Duration> waits = client.builds().stream().map(BuildTiming::waited).toList();
            long inDefault = ours != null ? ours.atDefault() : withinDefault(waits, run.defaultTimeouts());
            return new Seed(client.counts().hssCalls(), client.counts().throttled(),
                    client.builds().stream().map(BuildTiming::delay).toList(), client.timeToAllVerdicts(), waits,
                    inDefault);
        }

        /** The waits no longer than their build's default timeout. */
        private static long withinDefault(List<Duration> waits, List<Duration> defaults) {
            long within = 0;
            for (int i = 0; i < waits.size(); i++) {
                within += waits.get(i).compareTo(defaults.get(i)) <= 0 ? 1 : 0;
            }
            return within;
        }
    }

    /** Null when the measurement has no figures of that way. */
    static WayFigures of(Measurement measurement, Way way) {
        if (way == Way.NAIVE && measurement.naive() == SideBySide.Naive.NONE) {
            return null;
        }
        List<Long> calls = new ArrayList<>();
        List<Double> callsPerBound = new ArrayList<>();
        List<Long> throttled = new ArrayList<>();
        List<Long> delays = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        List<Double> totalPerBound = new ArrayList<>();
        long inDefault = 0;
        long builds = 0;
        Duration longest = Duration.ZERO;
        for (SideBySide.Run run : measurement.runs()) {
            Seed seed = Seed.of(run, way);
            calls.add(seed.calls());
            callsPerBound.add((double) seed.calls() / run.bound().calls());
            throttled.add(seed.throttled());
            seed.delays().forEach(delay -> delays.add(delay.toMillis()));
            totals.add(seed.total().toMillis());
            totalPerBound.add((double) seed.total().toMillis() / run.bound().total().toMillis());
            inDefault += seed.inDefaultTimeout();
            builds += seed.waits().size();
            longest = seed.waits().stream().reduce(longest, (a, b) -> a.compareTo(b) >= 0 ? a : b);
        }
        return new WayFigures(way, Spread.of(calls), Spread.of(callsPerBound), Spread.of(throttled), Spread.of(delays),
                Spread.of(totals), Spread.of(totalPerBound), inDefault, builds, longest);
    }
}
