package io.jenkins.plugins.hss.core.watch;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** The HSS requests one run caused (a shared poll counts for every run it served). */
final class RunRequests {

    private final Map<Api, Integer> counts = new ConcurrentHashMap<>();

    void add(Api api, int requests) {
        counts.merge(api, requests, Integer::sum);
    }

    Map<String, Integer> byLabel() {
        Map<String, Integer> labelled = new TreeMap<>();
        counts.forEach((api, count) -> labelled.put(api.label(), count));
        return labelled;
    }
}
