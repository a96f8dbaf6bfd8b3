package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.ImageVerdict;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.CoverageQuery;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.PageRevisits;
import io.jenkins.plugins.hss.core.poll.PagedCall;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A poll whose listing outlasts the scans reads again only the pages that held images still
 * scanning, instead of a second whole listing; when the listing shifted under it, it stops
 * revisiting and the next poll lists everything still pending.
 */
class PageRevisitsTest {

    private static final int PAGE = 10;
    private static final Duration INTERVAL = Duration.ofSeconds(15);

    @Test
    void aLongListingReadsAgainOnlyThePagesThatHeldImagesStillScanning() {
        int images = 300;
        Scenario.Builder scenario = Scenario.builder().startDelay(Duration.ofSeconds(10)).scanDuration(Duration.ofMinutes(1));
        IntStream.range(0, images).forEach(i -> scenario.image(reference(i)));
        try (SimulatedHss cloud = new SimulatedHss(scenario.build())) {
            PageLog log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
            SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT.withPageSize(PAGE)), log);
            String[] targets = IntStream.range(0, images).mapToObj(PageRevisitsTest::reference).toArray(String[]::new);
            var settings = cloud.settings(targets)
                    .waitOptions(SimulatedHss.quickWait().timeout(Duration.ofHours(2)).build()).build();

            ScanReport report = cloud.finish(ScanRun.start(settings, poller, cloud.events::add));

            assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
            assertThat(report.images()).hasSize(images);
            int pages = images / PAGE;
            // An image list is triggered without a listing before: every read is after the trigger.
            List<PageLog.Read> afterTrigger = log.reads;
            assertThat(afterTrigger).as("one listing after the trigger, and a few pages again")
                    .hasSizeBetween(pages + 1, pages + pages / 2);
            Instant lastScanEnd = report.images().stream().map(ImageVerdict::image).map(ImageResult::scanTime)
                    .max(Instant::compareTo).orElseThrow();
            Map<Integer, Instant> firstRead = afterTrigger.stream()
                    .collect(Collectors.toMap(PageLog.Read::offset, PageLog.Read::at, (first, again) -> first));
            assertThat(revisited(afterTrigger)).as("read again: only pages first read while their scans ran")
                    .isNotEmpty().allMatch(offset -> firstRead.get(offset).isBefore(lastScanEnd));
            assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(log.reads.size());
        }
    }

    @Test
    void aPageThatNoLongerHoldsItsPendingImagesStopsTheRevisits() {
        MutableClock clock = new MutableClock(SimulatedHss.START);
        PageRevisits revisits = new PageRevisits(coverage("a", "b", "c", "d"), clock, INTERVAL);
        revisits.read(0, page(image("a", "scanning"), image("b", "scanning")));
        revisits.read(PAGE, page(image("c", "scanning"), image("d", "scanning")));
        clock.advance(INTERVAL);

        assertThat(revisits.next(2 * PAGE)).as("due again").isZero();
        revisits.read(0, page(image("x", "success"), image("a", "scanning")));

        clock.advance(INTERVAL.multipliedBy(4));
        assertThat(List.of(revisits.next(2 * PAGE), revisits.next(3 * PAGE), revisits.next(4 * PAGE)))
                .as("shifted: unread pages only, though page 1 is due").containsExactly(2 * PAGE, 3 * PAGE, 4 * PAGE);
    }

    @Test
    void aPageIsReadAgainOnlyWhileItHoldsPendingImagesAndAtMostOnceBeforeEachUnreadPage() {
        MutableClock clock = new MutableClock(SimulatedHss.START);
        PageRevisits revisits = new PageRevisits(coverage("a", "b", "c"), clock, INTERVAL);
        revisits.read(0, page(image("a", "scanning"), image("b", "success")));
        revisits.read(PAGE, page(image("c", "scanning"), image("other", "scanning")));

        assertThat(revisits.next(2 * PAGE)).as("not due before the interval").isEqualTo(2 * PAGE);
        clock.advance(INTERVAL);
        assertThat(List.of(revisits.next(2 * PAGE), revisits.next(2 * PAGE))).containsExactly(0, 2 * PAGE);
        revisits.read(0, page(image("a", "success"), image("b", "success")));
        revisits.read(2 * PAGE, page(image("other2", "scanning")));
        assertThat(revisits.next(3 * PAGE)).isEqualTo(PAGE);
        revisits.read(PAGE, page(image("c", "scanning"), image("other", "scanning")));
        assertThat(revisits.next(3 * PAGE)).isEqualTo(3 * PAGE);
        revisits.read(3 * PAGE, page(image("other3", "scanning")));

        clock.advance(INTERVAL);
        assertThat(revisits.next(4 * PAGE)).as("still pending: twice the wait").isEqualTo(4 * PAGE);
        revisits.read(4 * PAGE, page(image("other4", "scanning")));
        clock.advance(INTERVAL);
        assertThat(revisits.next(5 * PAGE)).as("page 0 finished; page 1 due again").isEqualTo(PAGE);
    }

    private static String reference(int i) {
        return List.of("alpha", "beta", "gamma").get(i % 3) + "/svc-" + i + ":1.0";
    }

    /** The offsets read more than once. */
    private static List<Integer> revisited(List<PageLog.Read> reads) {
        return reads.stream().collect(Collectors.groupingBy(PageLog.Read::offset, Collectors.counting()))
                .entrySet().stream().filter(read -> read.getValue() > 1).map(Map.Entry::getKey).toList();
    }

    /** Interests in {@code names} (team-a/NAME:1.0) that finish on a listing showing {@code success}. */
    private static CoverageQuery coverage(String... names) {
        List<Interest> interests = java.util.Arrays.stream(names).map(name -> new Interest(
                new ImageKey("private_image", "team-a", name, "1.0"), null, null,
                image -> "success".equals(image.scanStatus()))).toList();
        return CoverageQuery.cover(interests).get(0);
    }

    private static PagedCall.Page<SwrImage> page(SwrImage... images) {
        return new PagedCall.Page<>(100, List.of(images));
    }

    private static SwrImage image(String name, String status) {
        return new SwrImage(1L, "team-a", name, "id-" + name, "sha256:" + name, "1.0", "private_image", true, status,
                null, 10L, 1L, Objects.equals(status, "success") ? 2L : null, 0, 0, 0, null, null, true, null, null,
                null, List.of());
    }
}
