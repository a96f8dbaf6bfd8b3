package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The newer calls' request and response shapes against the models of the official SDK 3.1.212
 * source (huaweicloud/huaweicloud-sdk-java-v3; the artifacts on Maven Central stop at 3.1.130,
 * which lacks them, so {@link OfficialSdkTest} cannot drive these). Each field list below is the
 * model's {@code @JsonProperty} names in order, with the JSON kind of its Java type (S String,
 * I Integer/Long, F Float, B Boolean, A List); the file it comes from is named above it. A row
 * may leave fields out (absent, never null) but has no other field and no other type.
 */
class NewerApiContractTest {

    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/RegistryImagesInfo.java */
    private static final String REGISTRY_IMAGES_INFO =
            "id:I namespace:S image_name:S image_id:S image_digest:S image_version:S image_type:S " +
            "registry_id:S registry_name:S registry_type:S latest_version:B scan_status:S scan_failed_desc:S " +
            "scan_failed_code:S image_size:I latest_update_time:I latest_scan_time:I latest_sync_time:I " +
            "vul_num:I unsafe_setting_num:I malicious_file_num:I domain_name:S shared_status:S scannable:B " +
            "is_multiple_arch:B instance_name:S instance_id:S instance_url:S severity_level:S " +
            "association_images:A";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/AssociateImagesInfo.java */
    private static final String ASSOCIATE_IMAGES_INFO =
            "id:I image_id:S image_name:S image_version:S image_type:S namespace:S image_digest:S " +
            "scan_status:S vul_num:I unsafe_setting_num:I malicious_file_num:I";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/AssociateImages.java */
    private static final String ASSOCIATE_IMAGES =
            "image_name:S image_version:S image_type:S namespace:S image_digest:S scan_status:S";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/RegistryInfo.java */
    private static final String REGISTRY_INFO =
            "id:S registry_name:S registry_type:S api_version:S protocol:S registry_addr:S " +
            "registry_username:S namespace:S connect_cluster_id:S get_scan_image_channel:S status:S " +
            "fail_reason:S images_num:I latest_sync_time:I";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/ImageScanTaskInfo.java */
    private static final String IMAGE_SCAN_TASK_INFO =
            "task_id:S policy_id:S task_name:S begin_time:I end_time:I remain_min:I task_type:S image_type:S " +
            "task_status:I scan_scope:I rate_limit:I is_all:B failed_num:I success_num:I total_num:I " +
            "risky_num:I sync_task_type:S failed_reason:S failed_images:A";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/ImageScanTaskInfoFailedImages.java */
    private static final String IMAGE_SCAN_TASK_INFO_FAILED_IMAGES =
            "id:I registry_id:S registry_name:S image_name:S image_version:S namespace:S registry_type:S " +
            "failed_reason:S";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/ImageMalwareInfo.java */
    private static final String IMAGE_MALWARE_INFO =
            "file_name:S file_path:S size:I description:S";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/ImageRiskConfigsInfoResponseInfo.java */
    private static final String IMAGE_RISK_CONFIGS_INFO_RESPONSE_INFO =
            "severity:S check_name:S check_type:S standard:S check_rule_num:I failed_rule_num:I " +
            "check_type_desc:S";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/GeneralImageVulsResponseInfo.java */
    private static final String GENERAL_IMAGE_VULS_RESPONSE_INFO =
            "vul_name:S vul_id:S type:S image_type:S label_list:A severity_level:S image_num:I cve_list:A " +
            "max_cvss_score:F scan_time:I description:S url:S solution_detail:S cluster_num:I";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/GeneralImageVulsResponseInfoCveList.java */
    private static final String GENERAL_IMAGE_VULS_RESPONSE_INFO_CVE_LIST =
            "cve_id:S cvss:F";
    /** SDK 3.1.212 services/hss/src/main/java/com/huaweicloud/sdk/hss/v5/model/RunImageSynchronizeResponse.java */
    private static final String RUN_IMAGE_SYNCHRONIZE_RESPONSE =
            "error_code:I error_description:S";

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder()
                .registry(Registry.harbor("harbor-1", "team harbor", "harbor.example.com"))
                .image("team-a/nginx:1.25", image -> image
                        .vulnerabilities(Vulnerability.of("CVE-2025-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3")
                                .withSeverity(SeverityLevel.CRITICAL).withCves(new Cve("CVE-2025-1", 9.8)))
                        .unsafeSettings(2).maliciousFiles(1).multiArch("linux/amd64", "linux/arm64"))
                .image("team-a/broken:1", image -> image.outcome(ScanOutcome.FAILED))
                .image("partner/base:1", image -> image.sharedBy("partner-account"))
                .image("finance/ledger:3", image -> image.type(ImageType.INSTANCE_IMAGE).instance("inst-1", "ee"))
                .image("web/app:2", image -> image.registry("harbor-1", ImageType.HARBOR))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
        http.post(http.hssPath("/image/image-scan/tasks"), "{\"is_all\":true,\"rate_limit\":0}");
        clock.advance(Duration.ofMinutes(2));
        http.post(http.hssPath("/image/image-sync/tasks"), "{\"sync_all_registries\":true}");
        http.post(http.hssPath("/image/image-scan/tasks"), "{\"image_info\":[{\"id\":1}]}");
        clock.advance(Duration.ofSeconds(40));
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private JsonNode page(String call) {
        HssHttp.Reply reply = http.get(http.hssPath(call));
        assertThat(reply.status()).as(call + ": " + reply.body()).isEqualTo(200);
        JsonNode page = reply.json();
        assertThat(page.fieldNames()).toIterable().containsExactlyInAnyOrder("total_num", "data_list");
        assertThat(page.get("total_num").isInt()).isTrue();
        return page.get("data_list");
    }

    /** Every field of every row is in the model, with the model's kind; returns the fields seen. */
    private static Set<String> conform(JsonNode rows, String spec) {
        Map<String, Character> kinds = new LinkedHashMap<>();
        Arrays.stream(spec.split(" ")).forEach(field -> kinds.put(field.substring(0, field.indexOf(':')),
                field.charAt(field.length() - 1)));
        Set<String> seen = new HashSet<>();
        for (JsonNode row : rows) {
            row.fields().forEachRemaining(field -> {
                assertThat(kinds).as("field %s of %s", field.getKey(), row).containsKey(field.getKey());
                assertThat(kind(field.getValue())).as("type of %s", field.getKey()).isEqualTo(kinds.get(field.getKey()));
                seen.add(field.getKey());
            });
        }
        return seen;
    }

    private static char kind(JsonNode value) {
        if (value.isTextual()) {
            return 'S';
        }
        if (value.isIntegralNumber()) {
            return 'I';
        }
        if (value.isNumber()) {
            return 'F';
        }
        if (value.isBoolean()) {
            return 'B';
        }
        return value.isArray() ? 'A' : '?';
    }

    private static Set<String> fields(String spec, String... except) {
        Set<String> names = new HashSet<>();
        Arrays.stream(spec.split(" ")).forEach(field -> names.add(field.substring(0, field.indexOf(':'))));
        names.removeAll(Set.of(except));
        return names;
    }

    @Test
    void registryImageRowsAreRegistryImagesInfo() {
        JsonNode rows = page("/image/registries/images?limit=200");

        Set<String> seen = conform(rows, REGISTRY_IMAGES_INFO);
        JsonNode associated = rows.get(0).get("association_images");
        conform(associated, ASSOCIATE_IMAGES_INFO);
        assertThat(seen).containsAll(fields(REGISTRY_IMAGES_INFO));
        assertThat(conform(associated, ASSOCIATE_IMAGES_INFO)).containsAll(fields(ASSOCIATE_IMAGES_INFO));
        assertThat(rows).extracting(row -> row.get("registry_type").asText())
                .containsExactly("SwrPrivate", "SwrPrivate", "SwrShared", "SwrEnterprise", "Harbor");
    }

    @Test
    void theOldListsAssociatedImagesAreAssociateImages() {
        JsonNode associated = page("/image/swr-repository?image_type=private_image").get(0).get("association_images");

        assertThat(conform(associated, ASSOCIATE_IMAGES)).containsAll(fields(ASSOCIATE_IMAGES));
    }

    @Test
    void registryRowsAreRegistryInfo() {
        JsonNode rows = page("/image/registries?limit=200");

        assertThat(conform(rows, REGISTRY_INFO)).containsAll(fields(REGISTRY_INFO, "namespace", "fail_reason"));
        assertThat(rows).extracting(row -> row.get("id").asText())
                .containsExactly("swr-private", "swr-shared", "inst-1", "harbor-1");
    }

    @Test
    void scanTaskRowsAreImageScanTaskInfo() {
        JsonNode rows = page("/image/tasks?type=image_scan");

        Set<String> seen = conform(rows, IMAGE_SCAN_TASK_INFO);
        assertThat(seen).containsAll(fields(IMAGE_SCAN_TASK_INFO, "policy_id", "sync_task_type", "failed_reason"));
        JsonNode failed = rows.get(1).get("failed_images");
        assertThat(conform(failed, IMAGE_SCAN_TASK_INFO_FAILED_IMAGES)).containsAll(fields(IMAGE_SCAN_TASK_INFO_FAILED_IMAGES));
        assertThat(rows.get(0).get("task_status").asInt()).isBetween(0, 99);
        assertThat(rows.get(1).get("task_status").asInt()).isEqualTo(100);
    }

    @Test
    void syncTaskRowsAreImageScanTaskInfoToo() {
        conform(page("/image/tasks?type=image_sync"), IMAGE_SCAN_TASK_INFO);
    }

    @Test
    void malwareRowsAreImageMalwareInfo() {
        String imageId = hss.imageId("team-a/nginx:1.25");
        JsonNode rows = page("/image/" + imageId + "/malwares?image_type=private_image&file_name=miner");

        assertThat(rows).hasSize(1);
        assertThat(conform(rows, IMAGE_MALWARE_INFO)).containsAll(fields(IMAGE_MALWARE_INFO));
    }

    @Test
    void riskConfigRowsAreImageRiskConfigsInfoResponseInfo() {
        JsonNode rows = page("/image/baseline/risk-configs?image_type=private_image&image_id="
                + hss.imageId("team-a/nginx:1.25"));

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.get("failed_rule_num").asInt()).isEqualTo(2));
        assertThat(conform(rows, IMAGE_RISK_CONFIGS_INFO_RESPONSE_INFO))
                .containsAll(fields(IMAGE_RISK_CONFIGS_INFO_RESPONSE_INFO));
        assertThat(page("/image/baseline/risk-configs?image_type=cicd")).isEmpty();
    }

    @Test
    void generalVulnerabilityRowsAreGeneralImageVulsResponseInfo() {
        JsonNode rows = page("/images/vulnerabilities?type=linux_vul&handle_status=unhandled&image_type=registry");

        assertThat(conform(rows, GENERAL_IMAGE_VULS_RESPONSE_INFO))
                .containsAll(fields(GENERAL_IMAGE_VULS_RESPONSE_INFO, "label_list"));
        conform(rows.get(0).get("cve_list"), GENERAL_IMAGE_VULS_RESPONSE_INFO_CVE_LIST);
        assertThat(rows.get(0).get("severity_level").asText()).isEqualTo("Critical");
        assertThat(rows.get(0).get("max_cvss_score").asDouble()).isEqualTo(9.8);
        assertThat(rows.get(0).get("image_num").asInt()).isEqualTo(1);
    }

    @Test
    void theSynchronizeAnswerIsRunImageSynchronizeResponse() {
        HssHttp.Reply reply = http.post(http.hssPath("/image/synchronize"), "{\"image_type\":\"shared_image\"}");

        JsonNode answer = reply.json();
        conform(JsonNodeFactory.instance.arrayNode().add(answer), RUN_IMAGE_SYNCHRONIZE_RESPONSE);
        assertThat(answer.fieldNames()).toIterable().containsExactly("error_code", "error_description");
    }

    /** SDK 3.1.212 ListRegistryImagesRequest: every query field, with a valid value. */
    @Test
    void listRegistryImagesTakesEveryFieldOfItsRequestModel() {
        page("/image/registries/images?enterprise_project_id=0&namespace=team-a&image_name=nginx&image_version=1.25"
                + "&registry_name=SWR%20private&offset=0&image_type=private_image&sort_key=latest_scan_time&sort_dir=desc"
                + "&limit=10&latest_version=true&image_size=2147483547&scan_status=success&start_latest_update_time=0"
                + "&end_latest_update_time=4070880000000&start_latest_scan_time=0&end_latest_scan_time=4070880000000"
                + "&start_latest_sync_time=0&end_latest_sync_time=9223372036854775807&has_malicious_file=true"
                + "&has_unsafe_setting=true&has_vul=true&risky=true&instance_id=&instance_name=&is_multarch=true"
                + "&severity_level=High");
    }

    /** SDK 3.1.212 ListImageScanTaskRequest, ListRegistryRequest, ListImageMalwareRequest, ListImageRiskConfigsRequest, ListGeneralImageVulsRequest. */
    @Test
    void theOtherListsTakeEveryFieldOfTheirRequestModels() {
        page("/image/tasks?enterprise_project_id=0&global_image_type=registry&offset=0&limit=10&type=image_scan"
                + "&task_type=manual&task_name=scan&task_id=x&create_time=0&end_time=4070880000000&task_status=finished"
                + "&scan_scope=2147483647");
        page("/image/registries?enterprise_project_id=0&offset=0&limit=10&registry_name=SWR&registry_id=swr-private"
                + "&registry_type=SwrPrivate,Harbor&registry_addr=swr&status=success");
        page("/image/" + hss.imageId("team-a/nginx:1.25") + "/malwares?enterprise_project_id=0&limit=10&offset=0"
                + "&image_type=private_image&file_name=x&namespace=team-a&image_name=nginx&tag_name=1.25");
        page("/image/baseline/risk-configs?enterprise_project_id=0&image_type=registry&offset=0&limit=10"
                + "&namespace=team-a&image_name=nginx&image_version=1.25&image_id=x&check_name=EulerOS&severity=Low"
                + "&standard=hw_standard&instance_id=inst-1");
        page("/images/vulnerabilities?enterprise_project_id=0&offset=0&limit=10&type=app_vul&handle_status=handled"
                + "&image_type=local&severity_level=Low&vul_id=CVE&vul_name=CVE&cve_id=CVE-1&status=vul_status_unfix"
                + "&cluster_id=c1");
    }

    /** SDK 3.1.212 CreateManualImageScanTaskReqInfo, its QueryInfo and ImageInfo: every field, accepted. */
    @Test
    void createManualImageScanTaskTakesEveryFieldOfItsBodyModel() {
        HssHttp.Reply reply = http.post(http.hssPath("/image/image-scan/tasks?enterprise_project_id=0&global_image_type=registry"),
                "{\"scan_scope\":983040,\"rate_limit\":100,\"is_all\":false,\"query_info\":{\"local_image_type\":\"swr_image\","
                        + "\"host_id\":\"h\",\"host_name\":\"h\",\"public_ip\":\"1.2.3.4\",\"private_ip\":\"10.0.0.1\","
                        + "\"cluster_id\":\"c\",\"container_id\":\"c\",\"container_name\":\"c\",\"pod_id\":\"p\","
                        + "\"pod_name\":\"p\",\"app_name\":\"a\",\"has_vul\":true,\"namespace\":\"team-a\","
                        + "\"image_name\":\"nginx\",\"image_version\":\"1.25\",\"image_type\":\"private_image\","
                        + "\"scan_status\":\"success\",\"image_size\":1,\"start_latest_update_time\":0,"
                        + "\"end_latest_update_time\":1,\"start_latest_scan_time\":0,\"end_latest_scan_time\":1},"
                        + "\"image_info\":[{\"id\":1,\"image_id\":\"" + hss.imageId("team-a/nginx:1.25") + "\","
                        + "\"image_digest\":null,\"registry_id\":\"swr-private\",\"registry_name\":\"SWR private\","
                        + "\"image_name\":\"nginx\",\"image_version\":\"1.25\",\"namespace\":\"team-a\","
                        + "\"instance_id\":null,\"instance_url\":null,\"registry_type\":\"SwrPrivate\"}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(page("/image/tasks?type=image_scan&scan_scope=983040").get(0).get("total_num").asInt()).isEqualTo(1);
    }

    /** SDK 3.1.212 CreateImageSynchronizeTaskRequestInfo and its RegistryInfo items. */
    @Test
    void createImageSynchronizeTaskTakesEveryFieldOfItsBodyModel() {
        clock.advance(Duration.ofMinutes(1));
        HssHttp.Reply reply = http.post(http.hssPath("/image/image-sync/tasks?enterprise_project_id=0"),
                "{\"sync_all_registries\":false,\"registry_info\":[{\"registry_id\":\"harbor-1\",\"registry_type\":\"Harbor\"},"
                        + "{\"registry_id\":\"inst-1\",\"registry_type\":\"SwrEnterprise\"}]}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }
}
