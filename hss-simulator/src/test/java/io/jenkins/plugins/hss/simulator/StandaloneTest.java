package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code java -jar hss-simulator.jar}. */
class StandaloneTest {

    @Test
    void defaultsAreTheDemoWithTheRealRateLimit() {
        LaunchOptions options = LaunchOptions.parse(List.of());

        assertThat(options.port).isEqualTo(8080);
        assertThat(options.images).isEqualTo(100);
        assertThat(options.rateLimit).isEqualTo(RateLimit.HSS);
        assertThat(options.accessKey).isEqualTo(HssSimulator.DEMO_ACCESS_KEY);
    }

    @Test
    void everyOptionIsRead() {
        LaunchOptions options = LaunchOptions.parse(List.of("--port", "0", "--images", "500", "--seed", "9",
                "--rate-limit", "off", "--scan-delay", "2s", "--waiting", "1s", "--scan-duration", "PT30S",
                "--size-limit", "1000", "--name-matching", "exact", "--scan-times", "realistic",
                "--concurrent-scans", "7", "--time-scale", "10", "--token-lifetime", "1h",
                "--project-id", "p1", "--region", "eu-west-101", "--access-key", "AK", "--secret-key", "SK",
                "--security-token", "T", "--iam-domain", "d", "--iam-user", "u", "--iam-password", "pw"));
        ScanRules rules = options.rules(ScanRules.DEFAULT);

        assertThat(options.rateLimit).isNull();
        assertThat(options.images).isEqualTo(500);
        assertThat(options.timeScale).isEqualTo(10.0);
        assertThat(rules).isEqualTo(new ScanRules(Duration.ofSeconds(2), Duration.ofSeconds(1), Duration.ofSeconds(30),
                1000, NameMatching.EXACT, ScanTimes.realistic(9), 7));
    }

    @Test
    void theSyncAndTheUndocumentedBehavioursAreOptions() {
        LaunchOptions options = LaunchOptions.parse(List.of("--sync-period", "off", "--sync-duration", "5s",
                "--retry-after", "off", "--never-scanned-time", "absent"));
        LaunchOptions hourly = LaunchOptions.parse(List.of("--sync-period", "1h"));

        assertThat(options.sync(SyncRules.DEFAULT)).isEqualTo(new SyncRules(null, Duration.ofSeconds(5)));
        assertThat(hourly.sync(SyncRules.DEFAULT)).isEqualTo(new SyncRules(Duration.ofHours(1), Duration.ofSeconds(30)));
        assertThat(LaunchOptions.parse(List.of()).sync(SyncRules.DEFAULT)).isEqualTo(SyncRules.DEFAULT);
        assertThat(options.retryAfter).isFalse();
        assertThat(options.neverScannedTime).isEqualTo(NeverScannedTime.ABSENT);
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--retry-after", "maybe"))).hasMessageContaining("on or off");
    }

    @Test
    void theNewerApisAndTheSyncWorkStandalone(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, "{\"images\":[{\"image\":\"team-a/nginx:1.25\"},"
                + "{\"image\":\"team-a/app:1.0\",\"pushed_at\":\"2000-01-01T00:00:00Z\"}]}");
        LaunchOptions options = LaunchOptions.parse(List.of("--port", "0", "--scenario", file.toString(),
                "--rate-limit", "off", "--sync-duration", "0s", "--sync-period", "off"));

        try (HssSimulator hss = SimulatorMain.start(options)) {
            HssHttp http = HssHttp.signed(hss, HssSimulator.DEMO_ACCESS_KEY, HssSimulator.DEMO_SECRET_KEY);
            int before = http.get(http.hssPath("/image/registries/images")).json().get("total_num").asInt();
            http.post(http.hssPath("/image/image-sync/tasks"), "{\"sync_all_registries\":true}");

            assertThat(before).isEqualTo(1);
            assertThat(http.get(http.hssPath("/image/registries/images")).json().get("total_num").asInt()).isEqualTo(2);
            assertThat(http.post(http.hssPath("/image/image-scan/tasks"), "{\"is_all\":true}").status()).isEqualTo(200);
            assertThat(http.get(http.hssPath("/image/tasks?type=image_scan")).json().get("total_num").asInt()).isEqualTo(1);
        }
    }

    @Test
    void anUnknownOptionOrAMissingValueIsAnError() {
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--colour", "blue"))).hasMessageContaining("--colour");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--port"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--scan-times", "slow"))).hasMessageContaining("slow");
    }

    @Test
    void itStartsFromAScenarioFileAndPrintsWhereAndWithWhatToConnect(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("scenario.json");
        Files.writeString(file, "{\"images\":[{\"image\":\"team-a/nginx:1.25\"}]}");
        LaunchOptions options = LaunchOptions.parse(List.of("--port", "0", "--scenario", file.toString(),
                "--secret-key", "my-own-secret"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (HssSimulator hss = SimulatorMain.start(options)) {
            SimulatorMain.describe(hss, options, new PrintStream(out, true, StandardCharsets.UTF_8));
            HssHttp http = HssHttp.signed(hss, HssSimulator.DEMO_ACCESS_KEY, "my-own-secret");
            assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image")).json()
                    .get("total_num").asInt()).isEqualTo(1);
        }
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("http://127.0.0.1:", HssSimulator.DEFAULT_PROJECT_ID, HssSimulator.DEMO_PASSWORD)
                .doesNotContain("my-own-secret");
    }

    @Test
    void aHostileModeIsStartedFromTheCommandLineAndNamedInTheBanner() throws IOException {
        LaunchOptions options = LaunchOptions.parse(List.of("--port", "0", "--images", "3", "--hostile", "negative-counts"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        try (HssSimulator hss = SimulatorMain.start(options)) {
            SimulatorMain.describe(hss, options, new PrintStream(out, true, StandardCharsets.UTF_8));
            HssHttp http = HssHttp.signed(hss, HssSimulator.DEMO_ACCESS_KEY, HssSimulator.DEMO_SECRET_KEY);
            assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image")).json()
                    .get("data_list").get(0).get("vul_num").asInt()).isEqualTo(-5);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("hostile:     negative-counts");
        assertThatThrownBy(() -> LaunchOptions.parse(List.of("--hostile", "friendly"))).hasMessageContaining("negative-counts");
    }
}
