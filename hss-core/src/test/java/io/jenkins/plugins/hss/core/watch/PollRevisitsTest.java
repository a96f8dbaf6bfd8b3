package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * A poll whose listing outlasts the scans reads again only the pages that held images still
 * scanning, instead of a second whole listing (the reading order itself: {@code poll.PageRevisitsTest}).
 */
class PollRevisitsTest {

    private static final int PAGE = 10;

    @Test
    void aLongListingReadsAgainOnlyThePagesThatHeldImagesStillScanning() {
        int images = 300;
        Scenario.Builder scenario = Scenario.builder().startDelay(Duration.ofSeconds(10)).scanDuration(Duration.ofMinutes(1));
        IntStream.range(0, images).forEach(i -> scenario.image(reference(i)));
        try (SimulatedHss cloud = new SimulatedHss(scenario.build())) {
            PageLog log = new PageLog(cloud.client(CallListener.NONE), cloud.clock);
            SharedPoller poller = cloud.poller(cloud.engine(CallBudget.HSS_DEFAULT.withPageSize(PAGE)), log);
            String[] targets = IntStream.range(0, images).mapToObj(PollRevisitsTest::reference).toArray(String[]::new);
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
            Instant lastScanEnd = report.images().stream().map(ImageResult::scanTime)
                    .max(Instant::compareTo).orElseThrow();
            Map<Integer, Instant> firstRead = afterTrigger.stream()
                    .collect(Collectors.toMap(PageLog.Read::offset, PageLog.Read::at, (first, again) -> first));
            assertThat(revisited(afterTrigger)).as("read again: only pages first read while their scans ran")
                    .isNotEmpty().allMatch(offset -> firstRead.get(offset).isBefore(lastScanEnd));
            assertThat(cloud.requests(Endpoint.LIST_SWR_IMAGES)).isEqualTo(log.reads.size());
        }
    }


    private static String reference(int i) {
        return List.of("alpha", "beta", "gamma").get(i % 3) + "/svc-" + i + ":1.0";
    }

    /** The offsets read more than once. */
    private static List<Integer> revisited(List<PageLog.Read> reads) {
        return reads.stream().collect(Collectors.groupingBy(PageLog.Read::offset, Collectors.counting()))
                .entrySet().stream().filter(read -> read.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}
