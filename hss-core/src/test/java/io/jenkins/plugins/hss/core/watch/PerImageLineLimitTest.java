package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A console at scale: per-image lines up to a limit, then only the scans that did not succeed. */
class PerImageLineLimitTest {

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void afterTheLimitOnlyScansThatDidNotSucceedAreShownOneByOne() {
        Scenario.Builder scenario = Scenario.builder();
        List<String> images = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String reference = "team-a/app-" + i + ":1.0";
            images.add(reference);
            scenario.image(reference, image -> image.outcome(reference.endsWith("-149:1.0")
                    ? ScanOutcome.FAILED : ScanOutcome.SUCCESS));
        }
        cloud = new SimulatedHss(scenario.build());
        List<WatchEvent> shown = new CopyOnWriteArrayList<>();

        ScanReport report = cloud.finish(ScanRun.start(cloud.settings(images.toArray(String[]::new)).build(),
                cloud.poller(), new PerImageLineLimit(shown::add, 40)));

        assertThat(report.images()).hasSize(150);
        List<WatchEvent> perImage = shown.stream()
                .filter(e -> e instanceof WatchEvent.ImageStarted || e instanceof WatchEvent.ImageFinished).toList();
        assertThat(perImage).hasSize(41);
        assertThat(perImage.get(40)).isEqualTo(new WatchEvent.ImageFinished("team-a/app-149:1.0", "failed"));
        assertThat(shown).filteredOn(e -> e instanceof WatchEvent.PerImageLinesLimited).singleElement()
                .isEqualTo(new WatchEvent.PerImageLinesLimited(40));
        assertThat(shown).filteredOn(e -> e instanceof WatchEvent.Progress).last()
                .extracting(e -> ((WatchEvent.Progress) e).done()).isEqualTo(150);
    }
}
