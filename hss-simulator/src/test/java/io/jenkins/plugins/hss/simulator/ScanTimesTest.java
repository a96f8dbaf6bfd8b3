package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Drawn scan times: their spread, their growth with size, and that a seed replays them exactly. */
class ScanTimesTest {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final ScanTimes REALISTIC = ScanTimes.realistic(1);

    /** Scan times in seconds of {@code count} images of {@code bytes}, sorted. */
    private static double[] seconds(ScanTimes times, int count, long bytes) {
        return IntStream.range(0, count).mapToDouble(i -> times.of("private_image team-a/app:" + i, bytes, 0)
                .toMillis() / 1000.0).sorted().toArray();
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    @Test
    void aMedianImageScansInAboutTwoMinutesWithATailOfTensOfMinutes() {
        double[] times = seconds(REALISTIC, 20_000, 700L * 1024 * 1024);

        // (30 s + 0.68 GiB x 2 min) x e^(Z): median 112 s, p95 x5.2, p99 x10.2.
        assertThat(quantile(times, 0.5)).isBetween(105.0, 120.0);
        assertThat(quantile(times, 0.95)).isBetween(520.0, 640.0);
        assertThat(quantile(times, 0.99)).isBetween(1000.0, 1400.0);
        assertThat(times[0]).isLessThan(15.0);
    }

    @Test
    void biggerImagesScanSlower() {
        double small = quantile(seconds(REALISTIC, 2000, 10L * 1024 * 1024), 0.5);
        double big = quantile(seconds(REALISTIC, 2000, 2 * GIB), 0.5);

        assertThat(small).isBetween(25.0, 36.0);
        assertThat(big).isBetween(240.0, 300.0);
    }

    @Test
    void theSameSeedGivesTheSameTimesAndAnotherSeedOthers() {
        assertThat(seconds(REALISTIC, 100, GIB)).isEqualTo(seconds(ScanTimes.realistic(1), 100, GIB));
        assertThat(Arrays.equals(seconds(REALISTIC, 100, GIB), seconds(REALISTIC.withSeed(2), 100, GIB))).isFalse();
        assertThat(REALISTIC.of("private_image team-a/app:1", GIB, 0))
                .isNotEqualTo(REALISTIC.of("private_image team-a/app:1", GIB, 1));
    }

    @Test
    void withoutSpreadEveryImageOfOneSizeTakesTheSameTime() {
        ScanTimes fixed = new ScanTimes(Duration.ofSeconds(30), Duration.ofMinutes(2), 0, 1);

        assertThat(seconds(fixed, 50, GIB)).containsOnly(150.0);
    }

    @Test
    void negativeTimesAndSpreadsAreRefused() {
        assertThatThrownBy(() -> new ScanTimes(Duration.ofSeconds(-1), Duration.ZERO, 1, 1))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> new ScanTimes(Duration.ZERO, Duration.ZERO, -0.5, 1)).hasMessageContaining("sigma");
    }

    @Test
    void aRealisticScenarioScansEachImageForItsOwnTimeAndRefusesOversizedOnesAtOnce() {
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        MutableClock clock = new MutableClock(start);
        Scenario scenario = Scenario.builder().rules(ScanRules.realistic(3))
                .image("team-a/small:1", image -> image.size(20L * 1024 * 1024))
                .image("team-a/large:1", image -> image.size(GIB + GIB / 2))
                .image("team-a/huge:1", image -> image.size(3 * GIB))
                .build();
        try (HssSimulator hss = HssSimulator.builder().clock(clock).scenario(scenario).start()) {
            HssHttp http = HssHttp.withToken(hss);
            String body = "{\"image_type\":\"private_image\",\"operate_all\":true}";
            assertThat(http.post(http.hssPath("/image/batch-scan"), body).status()).isEqualTo(200);

            List<TriggeredScan> scans = hss.scans();
            List<Duration> lengths = scans.stream()
                    .map(scan -> Duration.between(scan.scanningFrom(), scan.completedAt())).toList();
            ScanTimes times = ScanTimes.realistic(3);
            assertThat(lengths).containsExactly(
                    times.of("private_image team-a/small:1", 20L * 1024 * 1024, 0),
                    times.of("private_image team-a/large:1", GIB + GIB / 2, 0),
                    times.of("private_image team-a/huge:1", 0, 0));
            clock.set(scans.get(1).completedAt());
            String row = http.get(http.hssPath("/image/swr-repository?image_type=private_image&image_name=large"))
                    .json().get("data_list").get(0).get("latest_scan_time").asText();
            assertThat(Long.parseLong(row)).isEqualTo(scans.get(1).completedAt().toEpochMilli());
        }
    }
}
