package io.jenkins.plugins.hss.bench;

import java.util.Collection;
import java.util.List;

/**
 * A figure over several runs (seeds, builds): its median, 95th percentile and maximum, by the
 * nearest rank (so with 20 runs the p95 is the 19th, with fewer than 20 the maximum).
 */
record Spread(double p50, double p95, double max, int runs) {

    static Spread of(Collection<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no runs");
        }
        List<Double> sorted = values.stream().map(Number::doubleValue).sorted().toList();
        return new Spread(rank(sorted, 0.5), rank(sorted, 0.95), sorted.get(sorted.size() - 1), sorted.size());
    }

    private static double rank(List<Double> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1);
    }
}
