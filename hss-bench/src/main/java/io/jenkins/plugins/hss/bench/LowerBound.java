package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.budget.RateLimit;
import io.jenkins.plugins.hss.simulator.ImageRef;
import io.jenkins.plugins.hss.simulator.TriggeredScan;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What no client can beat when builds start at one instant on one credential, under HSS's limit of
 * 5 calls a minute per API, with pages of at most 200 images.
 *
 * <p><b>Calls</b>: the builds of a project that start together share one trigger (up to the API's
 * list limit), and each scan's result must be read once after it ended, 200 to a page, one page
 * serving any build: P + ⌈N / 200⌉ for P projects. Nothing is needed
 * before the trigger: a result is this run's if its scan time is later than the trigger, on the
 * service's clock (the trigger's response carries it in its {@code Date}), so the old result is
 * told apart without recording it; and a count of an {@code operate_all} selection comes with any
 * listing of it after its scans ended.
 *
 * <p><b>Time</b>: the triggers go out at the first instant and the scans then run as the service
 * runs them ({@link EarliestTriggers}). The j-th page from the end can hold only results of scans that
 * ended by the time it is read, and of any 6 consecutive list calls the last comes at least a
 * minute after the first; so if the ends, latest first, are e<sub>0</sub> ≥ e<sub>1</sub> ≥ …, no
 * client learns them all before max over j of (e<sub>200 j</sub> + ⌊j / 5⌋ minutes). When scans end
 * over hours that is the last end itself; when they all end at once, it is that end plus the
 * ⌈N / 200⌉ pages at 5 a minute (99 minutes for 100,000 images). A client that keeps to the least
 * calls reads every page after the last end, and takes the last end plus that listing: the least
 * time and the least calls are not always one client.
 *
 * @param calls       the least HSS calls
 * @param total       the least time from the first request (the first trigger) to the last verdict
 * @param lastScanEnd from the first request to the end of the last scan
 * @param waits       for each build, the least time from its trigger to its verdict: to the end of its last scan
 */
record LowerBound(long calls, Duration total, Duration lastScanEnd, List<Duration> waits) {

    static final int PAGE_SIZE = CallBudget.MAX_PAGE_SIZE;
    private static final RateLimit LIMIT = RateLimit.HSS_PER_USER;

    /** After the last scan's end: the least verdict delay. */
    Duration delay() {
        return total.minus(lastScanEnd);
    }

    /** The bound of {@code builds}, triggered as {@code triggers} did. */
    static LowerBound of(EarliestTriggers triggers, List<BuildPlan> builds) {
        List<Duration> waits = new ArrayList<>();
        for (BuildPlan build : builds) {
            Set<ImageRef> targets = build.targets();
            List<TriggeredScan> own = triggers.scans().stream()
                    .filter(scan -> targets == null || targets.contains(scan.image())).toList();
            Instant triggered = own.stream().map(TriggeredScan::triggeredAt).min(Instant::compareTo).orElseThrow();
            waits.add(Duration.between(triggered, BuildTiming.lastEnd(null, own)));
        }
        return of(triggers.triggers(), triggers.scans().stream().map(TriggeredScan::completedAt).toList(),
                triggers.start(), waits);
    }

    /** The bound of {@code triggers} batch scans whose scans end at {@code ends}, from {@code firstRequest}. */
    static LowerBound of(int triggers, List<Instant> ends, Instant firstRequest, List<Duration> waits) {
        List<Instant> latestFirst = new ArrayList<>(ends);
        latestFirst.sort(Comparator.reverseOrder());
        Instant known = latestFirst.get(0);
        for (int page = 0; page * PAGE_SIZE < latestFirst.size(); page++) {
            Instant read = latestFirst.get(page * PAGE_SIZE).plus(LIMIT.per().multipliedBy(page / LIMIT.calls()));
            known = read.isAfter(known) ? read : known;
        }
        long pages = (ends.size() + PAGE_SIZE - 1) / PAGE_SIZE;
        return new LowerBound(triggers + pages, Duration.between(firstRequest, known),
                Duration.between(firstRequest, latestFirst.get(0)), List.copyOf(waits));
    }
}
