package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Images pushed to SWR that HSS lists only after a sync: RunImageSynchronize (its answer shape of
 * SDK {@code RunImageSynchronizeResponse}), CreateImageSynchronizeTask, HSS's scheduled refresh,
 * and what a second request does while a sync runs.
 */
class SyncTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final String LIST = "/image/swr-repository?image_type=private_image";

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    private void start(Scenario scenario) {
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    private void start() {
        start(Scenario.builder().syncDuration(Duration.ofSeconds(30)).image("team-a/nginx:1.25").build());
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private int listed(String query) {
        return http.get(http.hssPath(LIST + query)).json().get("total_num").asInt();
    }

    private HssHttp.Reply synchronize(String imageType) {
        return http.post(http.hssPath("/image/synchronize"), "{\"image_type\":\"" + imageType + "\"}");
    }

    @Test
    void aPushedImageIsListedOnlyOnceASyncStartedAfterThePushHasEnded() {
        start();
        hss.push("team-a/app:1.0");

        assertThat(listed("&image_name=app")).isZero();
        HssHttp.Reply reply = synchronize("private_image");
        clock.advance(Duration.ofSeconds(29));
        int whileSyncing = listed("&image_name=app");
        clock.advance(Duration.ofSeconds(1));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("error_code").isInt()).isTrue();
        assertThat(reply.json().get("error_code").asInt()).isZero();
        assertThat(reply.json().get("error_description").asText()).isEqualTo("success");
        assertThat(whileSyncing).isZero();
        assertThat(listed("&image_name=app")).isEqualTo(1);
        assertThat(listed("")).isEqualTo(2);
    }

    @Test
    void anUnsyncedImageCannotBeScannedAndHasNoVulnerabilities() {
        start();
        String imageId = hss.push("team-a/app:1.0");

        http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"image_info_list\":"
                + "[{\"namespace\":\"team-a\",\"image_name\":\"app\",\"image_version\":\"1.0\"}]}");
        JsonNode vulnerabilities = http.get(http.hssPath("/image/" + imageId
                + "/vulnerabilities?image_type=private_image&namespace=team-a&image_name=app&tag_name=1.0")).json();
        synchronize("private_image");
        clock.advance(Duration.ofSeconds(30));

        assertThat(vulnerabilities.get("total_num").asInt()).isZero();
        assertThat(listed("&image_name=app&scan_status=unscan")).isEqualTo(1);
    }

    @Test
    void aSyncOfTheOtherRepositoryDoesNotListIt() {
        start();
        hss.push("team-a/app:1.0");

        synchronize("shared_image");
        clock.advance(Duration.ofMinutes(5));

        assertThat(listed("&image_name=app")).isZero();
    }

    @Test
    void aSecondRequestWhileASyncRunsStartsNoneAndTheRunningOneMissesLaterPushes() {
        start();
        synchronize("private_image");
        clock.advance(Duration.ofSeconds(10));
        hss.push("team-a/app:1.0");

        HssHttp.Reply again = synchronize("private_image");
        clock.advance(Duration.ofSeconds(20));
        int afterTheRunningSync = listed("&image_name=app");
        HssHttp.Reply third = synchronize("private_image");
        clock.advance(Duration.ofSeconds(30));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("error_code").asInt()).isEqualTo(1);
        assertThat(afterTheRunningSync).isZero();
        assertThat(third.json().get("error_code").asInt()).isZero();
        assertThat(listed("&image_name=app")).isEqualTo(1);
    }

    @Test
    void hssRefreshesItsCopyOnItsOwnEveryPeriodFromTheStart() {
        start(Scenario.builder().refreshPeriod(Duration.ofHours(1)).syncDuration(Duration.ofMinutes(1)).build());
        clock.advance(Duration.ofMinutes(30));
        hss.push("team-a/app:1.0");

        clock.advance(Duration.ofMinutes(30).plusSeconds(59));
        int beforeTheRefreshEnds = listed("");
        clock.advance(Duration.ofSeconds(1));

        assertThat(beforeTheRefreshEnds).isZero();
        assertThat(listed("")).isEqualTo(1);
    }

    @Test
    void anImageTheScenarioPushesLaterIsNotCaughtByAnEarlierSync() {
        start(Scenario.builder().image("team-a/app:1.0", image -> image.pushedAt(START.plusSeconds(60))).build());

        synchronize("private_image");
        clock.advance(Duration.ofSeconds(90));
        int afterAnEarlySync = listed("");
        synchronize("private_image");
        clock.advance(Duration.ofSeconds(30));

        assertThat(afterAnEarlySync).isZero();
        assertThat(listed("")).isEqualTo(1);
    }

    @Test
    void theSyncTaskApiSyncsTheRegistriesItNames() {
        start();
        hss.push("team-a/app:1.0");
        hss.push("partner/base:2", image -> image.sharedBy("partner-account"));

        HssHttp.Reply reply = http.post(http.hssPath("/image/image-sync/tasks"),
                "{\"sync_all_registries\":false,\"registry_info\":[{\"registry_id\":\"swr-shared\",\"registry_type\":\"SwrShared\"}]}");
        clock.advance(Duration.ofSeconds(30));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(listed("")).isEqualTo(1);
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=shared_image")).json().get("total_num").asInt())
                .isEqualTo(1);
    }

    @Test
    void theSyncTaskApiSyncsEverythingOrRefusesAnUnknownRegistry() {
        start();
        hss.push("team-a/app:1.0");

        HssHttp.Reply unknown = http.post(http.hssPath("/image/image-sync/tasks"),
                "{\"registry_info\":[{\"registry_id\":\"nope\",\"registry_type\":\"Harbor\"}]}");
        HssHttp.Reply none = http.post(http.hssPath("/image/image-sync/tasks"), "{\"sync_all_registries\":false}");
        http.post(http.hssPath("/image/image-sync/tasks"), "{\"sync_all_registries\":true}");
        clock.advance(Duration.ofSeconds(30));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(none.json().get("error_msg").asText()).contains("registry_info");
        assertThat(listed("")).isEqualTo(2);
    }

    @Test
    void theTaskListShowsRequestedAndScheduledSyncsWithTheirProgress() {
        start(Scenario.builder().refreshPeriod(Duration.ofMinutes(10)).syncDuration(Duration.ofSeconds(40))
                .image("team-a/nginx:1.25").build());
        clock.advance(Duration.ofMinutes(10).plusSeconds(50));
        synchronize("private_image");
        clock.advance(Duration.ofSeconds(10));

        JsonNode tasks = http.get(http.hssPath("/image/tasks?type=image_sync")).json();
        JsonNode running = http.get(http.hssPath("/image/tasks?type=image_sync&task_status=scanning")).json();

        assertThat(tasks.get("total_num").asInt()).isEqualTo(2);
        JsonNode manual = tasks.get("data_list").get(0);
        assertThat(manual.get("task_type").asText()).isEqualTo("manualSync");
        assertThat(manual.get("task_status").isInt()).isTrue();
        assertThat(manual.get("task_status").asInt()).isEqualTo(25);
        assertThat(manual.has("end_time")).isFalse();
        JsonNode scheduled = tasks.get("data_list").get(1);
        assertThat(scheduled.get("task_type").asText()).isEqualTo("autoSync");
        assertThat(scheduled.get("task_status").asInt()).isEqualTo(100);
        assertThat(scheduled.get("end_time").asLong()).isEqualTo(START.plusSeconds(640).toEpochMilli());
        assertThat(running.get("total_num").asInt()).isEqualTo(1);
    }

    @Test
    void eachSyncApiHasItsOwnQuota() {
        hss = HssSimulator.builder().clock(clock).rateLimit(RateLimit.perMinute(1)).start();
        http = HssHttp.withToken(hss);

        HssHttp.Reply first = synchronize("private_image");
        HssHttp.Reply second = synchronize("private_image");
        HssHttp.Reply task = http.post(http.hssPath("/image/image-sync/tasks"), "{\"sync_all_registries\":true}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(429);
        assertThat(task.status()).isEqualTo(200);
        assertThat(hss.requestCount(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isEqualTo(2);
        assertThat(hss.throttledCount(Endpoint.RUN_IMAGE_SYNCHRONIZE)).isEqualTo(1);
        assertThat(hss.requestCount(Endpoint.CREATE_IMAGE_SYNC_TASK)).isEqualTo(1);
    }

    @Test
    void theSynchronizeCallValidatesItsBodyAndTakesFaults() {
        start();
        hss.faults().next(Endpoint.RUN_IMAGE_SYNCHRONIZE, Fault.status(503));

        assertThat(synchronize("private_image").status()).isEqualTo(503);
        assertThat(synchronize("instance_image").json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(http.post(http.hssPath("/image/synchronize"), "[]").json().get("error_code").asText())
                .isEqualTo("HSS.0002");
        assertThat(HssHttp.anonymous(hss).post(http.hssPath("/image/synchronize"), "{\"image_type\":\"private_image\"}")
                .json().get("error_code").asText()).isEqualTo("APIG.0301");
    }

    @Test
    void theAdminEndpointPushesAnImageInTheScenarioFormat() {
        start();
        HssHttp admin = HssHttp.anonymous(hss);

        HssHttp.Reply pushed = admin.post("/_sim/push", "{\"image\":\"team-a/app:2.0\",\"vulnerabilities\":"
                + "[{\"vul_id\":\"CVE-2026-1\",\"repair_necessity\":\"immediate_repair\"}]}");
        HssHttp.Reply twice = admin.post("/_sim/push", "{\"image\":\"team-a/app:2.0\"}");
        HssHttp.Reply typo = admin.post("/_sim/push", "{\"image\":\"team-a/app:3.0\",\"colour\":\"red\"}");
        synchronize("private_image");
        clock.advance(Duration.ofSeconds(30));

        assertThat(pushed.status()).isEqualTo(200);
        assertThat(pushed.json().get("image_id").asText()).isEqualTo(hss.imageId("team-a/app:2.0"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(typo.json().get("error_msg").asText()).contains("colour");
        assertThat(listed("&image_name=app")).isEqualTo(1);
        assertThat(hss.requestCount(Endpoint.UNKNOWN)).isZero();
    }
}
