package io.jenkins.plugins.hss.core.budget;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The HSS requests one run caused: every call that served it (a shared poll or trigger counts for
 * every run it served), and its share of them (a call serving 7 runs is a seventh of a call to
 * each), so that the shares of all runs add up to the calls HSS saw.
 */
public final class RunRequests {

    private final Map<ApiName, Integer> counts = new ConcurrentHashMap<>();
    private final Map<ApiName, Double> shares = new ConcurrentHashMap<>();

    /** Requests made for this run alone. */
    public void add(ApiName api, int requests) {
        addShared(api, requests, 1);
    }

    /** Requests made for {@code runs} runs at once, this one among them. */
    public void addShared(ApiName api, int requests, int runs) {
        counts.merge(api, requests, Integer::sum);
        shares.merge(api, (double) requests / Math.max(1, runs), Double::sum);
    }

    public Map<String, Integer> byLabel() {
        Map<String, Integer> labelled = new TreeMap<>();
        counts.forEach((api, count) -> labelled.put(api.label(), count));
        return labelled;
    }

    /** This run's share of the requests that served it, per API, to hundredths. */
    public Map<String, Double> sharesByLabel() {
        Map<String, Double> labelled = new TreeMap<>();
        shares.forEach((api, share) -> labelled.put(api.label(), Math.round(share * 100) / 100.0));
        return labelled;
    }
}
