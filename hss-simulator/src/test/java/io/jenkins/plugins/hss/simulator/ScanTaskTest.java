package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newer trigger and follow-up: CreateManualImageScanTask, ListImageScanTask and
 * StopImageScanTask (SDK 3.1.212), on the scan engine batch scan uses.
 */
class ScanTaskTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder().startDelay(Duration.ofSeconds(10)).scanDuration(Duration.ofSeconds(60))
                .image("team-a/nginx:1.25", image -> image.vulnerabilities(
                        Vulnerability.of("CVE-2025-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3")))
                .image("team-a/redis:7", image -> image.scanDuration(Duration.ofSeconds(120)))
                .image("team-b/broken:1", image -> image.outcome(ScanOutcome.DOWNLOAD_FAILED))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssHttp.Reply create(String body) {
        return http.post(http.hssPath("/image/image-scan/tasks"), body);
    }

    private JsonNode tasks(String query) {
        return http.get(http.hssPath("/image/tasks?type=image_scan" + query)).json();
    }

    private JsonNode row(String name) {
        for (JsonNode row : http.get(http.hssPath("/image/registries/images")).json().get("data_list")) {
            if (row.get("image_name").asText().equals(name)) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }

    @Test
    void aTaskScansTheImagesItNamesAndFollowsThemToTheEnd() {
        long nginx = row("nginx").get("id").asLong();
        String redis = row("redis").get("image_id").asText();

        HssHttp.Reply reply = create("{\"scan_scope\":2147483647,\"rate_limit\":0,\"is_all\":false,\"image_info\":["
                + "{\"id\":" + nginx + "},{\"image_id\":\"" + redis + "\"},"
                + "{\"namespace\":\"team-b\",\"image_name\":\"broken\",\"image_version\":\"1\",\"registry_type\":\"SwrPrivate\"}]}");
        clock.advance(Duration.ofSeconds(70));
        JsonNode partly = tasks("").get("data_list").get(0);
        clock.advance(Duration.ofSeconds(60));
        JsonNode done = tasks("").get("data_list").get(0);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(partly.get("task_status").asInt()).isEqualTo(66);
        assertThat(partly.get("task_type").asText()).isEqualTo("manual");
        assertThat(partly.get("image_type").asText()).isEqualTo("registry");
        assertThat(partly.has("end_time")).isFalse();
        assertThat(partly.get("remain_min").asLong()).isEqualTo(1);
        assertThat(done.get("task_status").asInt()).isEqualTo(100);
        assertThat(done.get("total_num").asInt()).isEqualTo(3);
        assertThat(done.get("success_num").asInt()).isEqualTo(2);
        assertThat(done.get("failed_num").asInt()).isEqualTo(1);
        assertThat(done.get("risky_num").asInt()).isEqualTo(1);
        assertThat(done.get("scan_scope").asLong()).isEqualTo(0x7fffffffL);
        assertThat(done.get("end_time").asLong()).isEqualTo(START.plusSeconds(130).toEpochMilli());
        JsonNode failed = done.get("failed_images").get(0);
        assertThat(failed.get("image_name").asText()).isEqualTo("broken");
        assertThat(failed.get("registry_type").asText()).isEqualTo("SwrPrivate");
        assertThat(failed.get("failed_reason").asText()).isEqualTo("download_failed");
        assertThat(failed.get("id").asLong()).isEqualTo(row("broken").get("id").asLong());
        assertThat(row("nginx").get("latest_scan_time").asLong()).isEqualTo(START.plusSeconds(70).toEpochMilli());
        assertThat(row("nginx").get("severity_level").asText()).isEqualTo("High");
    }

    @Test
    void itemsThatNameNoImageOrDisagreeWithItAreSkipped() {
        create("{\"image_info\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\"},"
                + "{\"id\":" + row("nginx").get("id").asLong() + ",\"image_version\":\"9.9\"},{\"image_id\":\"nope\"}]}");

        JsonNode task = tasks("").get("data_list").get(0);
        assertThat(task.get("total_num").asInt()).isZero();
        assertThat(task.get("task_status").asInt()).isEqualTo(100);
    }

    @Test
    void isAllScansWhatQueryInfoSelects() {
        create("{\"is_all\":true,\"query_info\":{\"namespace\":\"team-a\",\"image_type\":\"private_image\"}}");
        clock.advance(Duration.ofSeconds(10));

        assertThat(tasks("").get("data_list").get(0).get("total_num").asInt()).isEqualTo(2);
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image&scan_status=scanning"))
                .json().get("total_num").asInt()).isEqualTo(2);
    }

    @Test
    void aBatchScanAndATaskShareTheImagesScanAndBatchScanMakesNoTask() {
        http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"image_info_list\":"
                + "[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}");
        assertThat(tasks("").get("total_num").asInt()).isZero();
        clock.advance(Duration.ofSeconds(30));
        create("{\"image_info\":[{\"id\":" + row("nginx").get("id").asLong() + "}]}");
        clock.advance(Duration.ofSeconds(40));

        JsonNode task = tasks("").get("data_list").get(0);
        assertThat(task.get("task_status").asInt()).isEqualTo(100);
        assertThat(task.get("end_time").asLong()).isEqualTo(START.plusSeconds(70).toEpochMilli());
    }

    @Test
    void aStoppedTaskShowsMinusOneAndKeepsItsCounts() {
        create("{\"is_all\":true}");
        String taskId = tasks("").get("data_list").get(0).get("task_id").asText();
        clock.advance(Duration.ofSeconds(80));

        HssHttp.Reply stop = http.send("PUT", http.hssPath("/image/image-scan/tasks/" + taskId + "/stop"), "");
        clock.advance(Duration.ofMinutes(5));
        JsonNode task = tasks("&task_id=" + taskId).get("data_list").get(0);
        HssHttp.Reply unknown = http.send("PUT", http.hssPath("/image/image-scan/tasks/nope/stop"), "");

        assertThat(stop.status()).isEqualTo(200);
        assertThat(task.get("task_status").asInt()).isEqualTo(-1);
        assertThat(task.get("success_num").asInt() + task.get("failed_num").asInt()).isEqualTo(2);
        assertThat(task.get("end_time").asLong()).isEqualTo(START.plusSeconds(80).toEpochMilli());
        assertThat(tasks("&task_status=finished").get("total_num").asInt()).isEqualTo(1);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error_code").asText()).isEqualTo("HSS.0011");
        assertThat(hss.requestCount(Endpoint.STOP_IMAGE_SCAN_TASK)).isEqualTo(2);
    }

    @Test
    void theTaskListFiltersByStatusTypeNameAndScope() {
        create("{\"scan_scope\":983040,\"image_info\":[{\"id\":1}]}");
        clock.advance(Duration.ofSeconds(5));
        create("{\"is_all\":true}");

        assertThat(tasks("&task_status=scanning").get("total_num").asInt()).isEqualTo(2);
        assertThat(tasks("&scan_scope=983040").get("total_num").asInt()).isEqualTo(1);
        assertThat(tasks("&task_type=cycle").get("total_num").asInt()).isZero();
        assertThat(tasks("&task_name=manual_image_scan_2").get("data_list").get(0).get("is_all").asBoolean()).isTrue();
        assertThat(tasks("&global_image_type=local").get("total_num").asInt()).isZero();
        assertThat(tasks("").get("data_list").get(0).get("begin_time").asLong())
                .isEqualTo(START.plusSeconds(5).toEpochMilli());
    }

    @Test
    void invalidRequestsAreRefusedWithHss0001() {
        assertThat(create("{}").json().get("error_msg").asText()).contains("image_info");
        assertThat(create("").json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(create("{\"is_all\":true,\"rate_limit\":1001}").json().get("error_msg").asText()).contains("rate_limit");
        assertThat(create("{\"is_all\":true,\"scan_scope\":-1}").status()).isEqualTo(400);
        assertThat(create("{\"is_all\":true,\"query_info\":{\"image_type\":\"local_image\"}}").status()).isEqualTo(400);
        assertThat(create("{\"is_all\":\"yes\"}").status()).isEqualTo(400);
        assertThat(http.post(http.hssPath("/image/image-scan/tasks?global_image_type=cluster"), "{\"is_all\":true}")
                .status()).isEqualTo(400);
        assertThat(http.get(http.hssPath("/image/tasks")).json().get("error_msg").asText()).contains("type");
        assertThat(http.get(http.hssPath("/image/tasks?type=image_scan&task_status=100")).status()).isEqualTo(400);
        assertThat(tasks("").get("total_num").asInt()).isZero();
    }
}
