package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.hss.core.HssJson;
import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.ImageScanSelection;
import io.jenkins.plugins.hss.core.model.ImageScanTarget;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.ProblemFields;
import io.jenkins.plugins.hss.core.model.RegistryImageType;
import io.jenkins.plugins.hss.core.model.RegistryStatus;
import io.jenkins.plugins.hss.core.model.RegistryType;
import io.jenkins.plugins.hss.core.model.ScanScope;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SeverityLevel;
import io.jenkins.plugins.hss.core.model.TaskType;
import io.jenkins.plugins.hss.core.model.TimeRange;
import io.jenkins.plugins.hss.core.model.VulnerabilityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every request of the newer image API as HSS receives it (over loopback, MockWebServer): method,
 * path, query names in the SDK 3.1.212 {@code HssMeta} order, the body as the SDK's models would
 * write it, the signature; and what the client refuses to send.
 */
class NewerApiRequestsTest {

    private static final String EMPTY_PAGE = "{\"total_num\":0,\"data_list\":[]}";
    private static final String PATH = "/v5/" + MockHss.PROJECT;
    private static final ImageScanTarget NGINX = new ImageScanTarget(7L, "img-1", null, "swr-private", null, "nginx",
            "1.25", "team-a", null, null, "SwrPrivate");

    @RegisterExtension
    final MockHss hss = MockHss.started();
    private final HssClient client = hss.client();

    private static List<String> queryNames(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            names.add(url.queryParameterName(i));
        }
        return names;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private RecordedRequest sent() throws InterruptedException {
        RecordedRequest sent = hss.take();
        MockHss.assertSignedAsSent(sent);
        return sent;
    }

    @Test
    void aScanTaskOfListedImagesIsPostedWithItsBodyAndAlwaysForRegistryImages() throws Exception {
        hss.answer(200, "", "Date", "Sun, 01 Mar 2026 08:30:05 GMT", "X-Request-Id", "req-7");
        ImageScanTaskRequest request = ImageScanTaskRequest.of(List.of(NGINX)).scanScope(ScanScope.ALL).rateLimit(0)
                .enterpriseProjectId("all_granted_eps").build();

        Accepted accepted = client.createImageScanTask(MockHss.PROJECT, request);

        RecordedRequest sent = sent();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo(PATH + "/image/image-scan/tasks?enterprise_project_id=all_granted_eps"
                + "&global_image_type=registry");
        assertThat(queryNames(sent)).isEqualTo(SdkFields.CREATE_MANUAL_IMAGE_SCAN_TASK_QUERY);
        assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(sent.getBody().utf8()).isEqualTo("{\"scan_scope\":2147483647,\"rate_limit\":0,\"is_all\":false,"
                + "\"image_info\":[{\"id\":7,\"image_id\":\"img-1\",\"registry_id\":\"swr-private\",\"image_name\":\"nginx\","
                + "\"image_version\":\"1.25\",\"namespace\":\"team-a\",\"registry_type\":\"SwrPrivate\"}]}");
        assertThat(accepted).isEqualTo(new Accepted(Instant.parse("2026-03-01T08:30:05Z"), "req-7"));
    }

    @Test
    void aScanTaskBodyHasOnlyTheSdkModelsFieldsAndOfTheirsNoHostField() throws Exception {
        hss.answer(200, "{}");
        ImageScanSelection selection = ImageScanSelection.builder().hasVul(true).namespace("team-a").imageName("nginx")
                .imageVersion("1.25").imageType(RegistryImageType.JFROG).scanStatus(ScanStatus.FAILED).imageSize(9L)
                .latestUpdateTime(new TimeRange(1L, 2L)).latestScanTime(new TimeRange(3L, 4L)).build();

        client.createImageScanTask(MockHss.PROJECT, ImageScanTaskRequest.selecting(selection).scanScope(0x0000f000)
                .rateLimit(1000).build());

        RecordedRequest sent = sent();
        assertThat(sent.getTarget()).isEqualTo(PATH + "/image/image-scan/tasks?global_image_type=registry");
        JsonNode body = HssJson.mapper().readTree(sent.getBody().utf8());
        assertThat(fieldNames(body)).containsExactly("scan_scope", "rate_limit", "is_all", "query_info");
        assertThat(SdkFields.CREATE_MANUAL_IMAGE_SCAN_TASK_REQ_INFO).containsAll(fieldNames(body));
        List<String> registryFields = new ArrayList<>(SdkFields.CREATE_MANUAL_IMAGE_SCAN_TASK_REQ_INFO_QUERY_INFO);
        registryFields.removeAll(SdkFields.HOST_FIELDS);
        assertThat(fieldNames(body.get("query_info"))).as("every registry field, in the model's order")
                .isEqualTo(registryFields);
        assertThat(body.get("query_info").get("image_type").asText()).isEqualTo("jfrog");
        assertThat(fieldNames(HssJson.mapper().valueToTree(new ImageScanTarget(1L, "i", "d", "r", "n", "m", "v", "s",
                "in", "u", "Harbor")))).isEqualTo(SdkFields.CREATE_MANUAL_IMAGE_SCAN_TASK_REQ_INFO_IMAGE_INFO);
    }

    @Test
    void listImageTasksSendsEveryQueryFieldOfTheModel() throws Exception {
        hss.answer(200, EMPTY_PAGE);
        ImageTaskQuery query = ImageTaskQuery.scans().globalImageType(GlobalImageType.REGISTRY)
                .taskType(TaskType.MANUAL).taskName("manual scan").taskId("t-1").createTime(1_772_352_000_000L)
                .endTime(4_070_880_000_000L).taskStatus(ImageTaskQuery.Progress.FINISHED).scanScope(983040)
                .enterpriseProjectId("0").build();

        client.listImageTasks(MockHss.PROJECT, query, 20, 200);

        RecordedRequest sent = sent();
        assertThat(sent.getMethod()).isEqualTo("GET");
        assertThat(sent.getUrl().encodedPath()).isEqualTo(PATH + "/image/tasks");
        assertThat(sent.getUrl().query()).isEqualTo("enterprise_project_id=0&global_image_type=registry&offset=20"
                + "&limit=200&type=image_scan&task_type=manual&task_name=manual scan&task_id=t-1&create_time=1772352000000"
                + "&end_time=4070880000000&task_status=finished&scan_scope=983040");
        assertThat(queryNames(sent)).isEqualTo(SdkFields.LIST_IMAGE_SCAN_TASK_QUERY);
    }

    @Test
    void theSyncsAreTasksOfTheirOwnType() throws Exception {
        hss.answer(200, EMPTY_PAGE);

        client.listImageTasks(MockHss.PROJECT, ImageTaskQuery.syncs().taskType(TaskType.AUTO_SYNC).build(), 0, 10);

        assertThat(sent().getUrl().query()).isEqualTo("offset=0&limit=10&type=image_sync&task_type=autoSync");
    }

    @Test
    void stopPutsToTheTasksPathWithNoBody() throws Exception {
        hss.answer(200, "");

        client.stopImageScanTask(MockHss.PROJECT, "task 1/a", "ep-1");

        RecordedRequest sent = sent();
        assertThat(sent.getMethod()).isEqualTo("PUT");
        assertThat(sent.getTarget()).isEqualTo(PATH + "/image/image-scan/tasks/task%201%2Fa/stop?enterprise_project_id=ep-1");
        assertThat(queryNames(sent)).isEqualTo(SdkFields.STOP_IMAGE_SCAN_TASK_QUERY);
        assertThat(sent.getBody().size()).isZero();
    }

    @Test
    void aStopWithoutTaskIdIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> client.stopImageScanTask(MockHss.PROJECT, " ", null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("task_id is required by StopImageScanTask");
        assertThat(hss.server.getRequestCount()).isZero();
    }

    @Test
    void listRegistriesSendsEveryQueryFieldWithTheTypesCommaSeparated() throws Exception {
        hss.answer(200, EMPTY_PAGE);
        RegistryQuery query = new RegistryQuery("team harbor", "harbor-1",
                EnumSet.of(RegistryType.HARBOR, RegistryType.SWR_PRIVATE), "harbor.example", RegistryStatus.SUCCESS, "0");

        client.listRegistries(MockHss.PROJECT, query, 0, 10);

        RecordedRequest sent = sent();
        assertThat(sent.getUrl().encodedPath()).isEqualTo(PATH + "/image/registries");
        assertThat(sent.getUrl().query()).isEqualTo("enterprise_project_id=0&offset=0&limit=10&registry_name=team harbor"
                + "&registry_id=harbor-1&registry_type=SwrPrivate,Harbor&registry_addr=harbor.example&status=success");
        assertThat(queryNames(sent)).isEqualTo(SdkFields.LIST_REGISTRY_QUERY);
    }

    @Test
    void aSyncTaskIsPostedWithItsBody() throws Exception {
        hss.answer(200, "");
        hss.answer(200, "");

        client.createImageSyncTask(MockHss.PROJECT, ImageSyncRequest.allRegistries("ep-1"));
        client.createImageSyncTask(MockHss.PROJECT, ImageSyncRequest.of(
                List.of(new ImageSyncRequest.RegistryRef("inst-1", RegistryType.SWR_ENTERPRISE)), null));

        RecordedRequest all = sent();
        assertThat(all.getMethod()).isEqualTo("POST");
        assertThat(all.getTarget()).isEqualTo(PATH + "/image/image-sync/tasks?enterprise_project_id=ep-1");
        assertThat(queryNames(all)).isEqualTo(SdkFields.CREATE_IMAGE_SYNCHRONIZE_TASK_QUERY);
        assertThat(all.getBody().utf8()).isEqualTo("{\"sync_all_registries\":true}");
        RecordedRequest listed = sent();
        assertThat(listed.getTarget()).isEqualTo(PATH + "/image/image-sync/tasks");
        JsonNode body = HssJson.mapper().readTree(listed.getBody().utf8());
        assertThat(fieldNames(body)).isEqualTo(SdkFields.CREATE_IMAGE_SYNCHRONIZE_TASK_REQUEST_INFO);
        assertThat(fieldNames(body.get("registry_info").get(0)))
                .isEqualTo(SdkFields.CREATE_IMAGE_SYNCHRONIZE_TASK_REQUEST_INFO_REGISTRY_INFO);
        assertThat(body.get("registry_info").get(0).get("registry_type").asText()).isEqualTo("SwrEnterprise");
    }

    @Test
    void listRegistryImagesSendsEveryQueryFieldOfTheModel() throws Exception {
        hss.answer(200, EMPTY_PAGE);
        RegistryImageQuery query = RegistryImageQuery.builder().enterpriseProjectId("0").namespace("team-a")
                .imageName("nginx").imageVersion("1.25").registryName("SWR private").imageType(RegistryImageType.PRIVATE_IMAGE)
                .latestScanTimeOrder(RegistryImageQuery.SortDirection.DESC).latestVersion(true).imageSize(2_147_483_547L)
                .scanStatus(ScanStatus.WAITING_FOR_SCAN).latestUpdateTime(new TimeRange(1L, 2L))
                .latestScanTime(new TimeRange(3L, 4L)).latestSyncTime(new TimeRange(5L, Long.MAX_VALUE))
                .hasMaliciousFile(false).hasUnsafeSetting(true).hasVul(true).risky(true).instanceId("inst-1")
                .instanceName("ee").isMultarch(false).severityLevel(SeverityLevel.SECURITY).build();

        client.listRegistryImages(MockHss.PROJECT, query, 40, 1);

        RecordedRequest sent = sent();
        assertThat(sent.getUrl().encodedPath()).isEqualTo(PATH + "/image/registries/images");
        assertThat(sent.getUrl().query()).isEqualTo("enterprise_project_id=0&namespace=team-a&image_name=nginx"
                + "&image_version=1.25&registry_name=SWR private&offset=40&image_type=private_image"
                + "&sort_key=latest_scan_time&sort_dir=desc&limit=1&latest_version=true&image_size=2147483547"
                + "&scan_status=waiting_for_scan&start_latest_update_time=1&end_latest_update_time=2"
                + "&start_latest_scan_time=3&end_latest_scan_time=4&start_latest_sync_time=5"
                + "&end_latest_sync_time=9223372036854775807&has_malicious_file=false&has_unsafe_setting=true"
                + "&has_vul=true&risky=true&instance_id=inst-1&instance_name=ee&is_multarch=false&severity_level=Security");
        assertThat(queryNames(sent)).isEqualTo(SdkFields.LIST_REGISTRY_IMAGES_QUERY);
    }

    @Test
    void withoutFiltersTheRegistryImageListAsksForEveryRegistryInHssOrder() throws Exception {
        hss.answer(200, EMPTY_PAGE);

        client.listRegistryImages(MockHss.PROJECT, RegistryImageQuery.builder().build(), 0, 200);

        assertThat(sent().getUrl().query()).isEqualTo("offset=0&limit=200");
    }

    @Test
    void listImageMalwaresPutsTheImageIdInThePath() throws Exception {
        hss.answer(200, EMPTY_PAGE);
        MalwareQuery query = new MalwareQuery("sha256:ab12", RegistryImageType.HARBOR, "miner", "web", "app", "2", "0");

        client.listImageMalwares(MockHss.PROJECT, query, 0, 10);

        RecordedRequest sent = sent();
        assertThat(sent.getUrl().encodedPath()).isEqualTo(PATH + "/image/sha256:ab12/malwares");
        assertThat(sent.getUrl().query()).isEqualTo("enterprise_project_id=0&limit=10&offset=0&image_type=harbor"
                + "&file_name=miner&namespace=web&image_name=app&tag_name=2");
        assertThat(queryNames(sent)).isEqualTo(SdkFields.LIST_IMAGE_MALWARE_QUERY);
    }

    @Test
    void listImageRiskConfigsSendsEveryQueryFieldOfTheModel() throws Exception {
        hss.answer(200, EMPTY_PAGE);
        hss.answer(200, EMPTY_PAGE);
        RiskConfigQuery byName = new RiskConfigQuery(RiskConfigQuery.ImageScope.PRIVATE_IMAGE, "team-a", "nginx", "1.25",
                null, "EulerOS", SeverityLevel.HIGH, RiskConfigQuery.Standard.HW_STANDARD, "inst-1", "0");

        client.listImageRiskConfigs(MockHss.PROJECT, byName, 0, 10);
        client.listImageRiskConfigs(MockHss.PROJECT, RiskConfigQuery.ofImage(RiskConfigQuery.ImageScope.REGISTRY, "img-1"),
                0, 10);

        RecordedRequest sent = sent();
        assertThat(sent.getUrl().encodedPath()).isEqualTo(PATH + "/image/baseline/risk-configs");
        assertThat(sent.getUrl().query()).isEqualTo("enterprise_project_id=0&image_type=private_image&offset=0&limit=10"
                + "&namespace=team-a&image_name=nginx&image_version=1.25&check_name=EulerOS&severity=High"
                + "&standard=hw_standard&instance_id=inst-1");
        List<String> names = new ArrayList<>(queryNames(sent));
        names.add(names.indexOf("check_name"), "image_id");
        assertThat(names).isEqualTo(SdkFields.LIST_IMAGE_RISK_CONFIGS_QUERY);
        assertThat(sent().getUrl().query()).isEqualTo("image_type=registry&offset=0&limit=10&image_id=img-1");
    }

    @Test
    void listGeneralImageVulnerabilitiesSendsTheModelsFieldsButThoseOfClusterImages() throws Exception {
        hss.answer(200, EMPTY_PAGE);
        GeneralVulnerabilityQuery query = new GeneralVulnerabilityQuery(VulnerabilityType.APP_VUL, true,
                GlobalImageType.REGISTRY, SeverityLevel.CRITICAL, "CVE-2021", "log4j", "CVE-2021-44228",
                GeneralVulnerabilityQuery.Status.VUL_STATUS_UNFIX, "0");

        client.listGeneralImageVulnerabilities(MockHss.PROJECT, query, 0, 10);

        RecordedRequest sent = sent();
        assertThat(sent.getUrl().encodedPath()).isEqualTo(PATH + "/images/vulnerabilities");
        assertThat(sent.getUrl().query()).isEqualTo("enterprise_project_id=0&offset=0&limit=10&type=app_vul"
                + "&handle_status=handled&image_type=registry&severity_level=Critical&vul_id=CVE-2021&vul_name=log4j"
                + "&cve_id=CVE-2021-44228&status=vul_status_unfix");
        List<String> names = new ArrayList<>(SdkFields.LIST_GENERAL_IMAGE_VULS_QUERY);
        names.removeAll(List.of("label_list", "cluster_id"));
        assertThat(queryNames(sent)).isEqualTo(names);
        assertThat(GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.LINUX_VUL, false).parameters(0, 10))
                .extracting(QueryParameters.Parameter::value).containsExactly("0", "10", "linux_vul", "unhandled", "registry");
    }

    @Test
    void pagesOutsideEachCallsBoundsAreRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> client.listImageTasks(MockHss.PROJECT, ImageTaskQuery.scans().build(), 0, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10..200");
        assertThatThrownBy(() -> client.listRegistryImages(MockHss.PROJECT, RegistryImageQuery.builder().build(), 0, 0))
                .hasMessageContaining("limit must be 1..200");
        assertThatThrownBy(() -> client.listRegistries(MockHss.PROJECT, RegistryQuery.ALL, 2_000_001, 10))
                .hasMessageContaining("offset must be 0..2000000");
        assertThatThrownBy(() -> client.listRegistryImages(MockHss.PROJECT, RegistryImageQuery.builder().build(), 0, 201))
                .hasMessageContaining("limit must be 1..200");
        assertThat(hss.server.getRequestCount()).isZero();
    }

    @Test
    void eachQueryRefusesWhatItsCallWouldRefuseOrIgnoreNamingTheField() {
        assertThat(ProblemFields.of(() -> ImageTaskQuery.syncs().taskType(TaskType.MANUAL).taskName("n".repeat(257))
                .createTime(4_070_880_000_001L).scanScope(-1).build()))
                .containsExactly("task_name", "create_time", "scan_scope", "task_type");
        assertThat(ProblemFields.of(() -> new RegistryQuery("n".repeat(129), "i".repeat(65), Set.of(), "a".repeat(257), null, null)))
                .containsExactly("registry_name", "registry_id", "registry_addr");
        assertThat(ProblemFields.of(() -> RegistryImageQuery.builder().imageVersion("v".repeat(65)).imageSize(2_147_483_548L)
                .scanStatus(ScanStatus.DOWNLOAD_FAILED).severityLevel(SeverityLevel.CRITICAL)
                .latestSyncTime(new TimeRange(2L, 1L)).build()))
                .containsExactly("image_version", "image_size", "scan_status", "severity_level", "start_latest_sync_time");
        assertThat(ProblemFields.of(() -> new MalwareQuery(null, RegistryImageType.JFROG, null, null, null, null, null)))
                .containsExactly("image_id", "image_type");
        assertThat(ProblemFields.of(() -> new RiskConfigQuery(RiskConfigQuery.ImageScope.REGISTRY, "team-a", "nginx", "1",
                "img-1", null, SeverityLevel.CRITICAL, null, null, null)))
                .containsExactly("severity", "image_name", "image_version", "namespace");
        assertThat(ProblemFields.of(() -> new RiskConfigQuery(RiskConfigQuery.ImageScope.SHARED_IMAGE, null, null, "1",
                null, null, null, null, null, null))).containsExactly("image_version");
        assertThat(ProblemFields.of(() -> new GeneralVulnerabilityQuery(null, false, null, SeverityLevel.SECURITY,
                "v".repeat(257), null, null, null, null)))
                .containsExactly("type", "image_type", "severity_level", "vul_id");
        assertThatThrownBy(() -> RegistryImageQuery.builder().severityLevel(SeverityLevel.CRITICAL).build())
                .hasMessageContaining("severity_level \"Critical\" is not a value ListRegistryImages takes: use one of "
                        + "High, Low, Medium, Security.");
        assertThatThrownBy(() -> new RiskConfigQuery(RiskConfigQuery.ImageScope.REGISTRY, null, "nginx", null, "img-1",
                null, null, null, null, null))
                .hasMessageContaining("image_name is ignored by ListImageRiskConfigs beside image_id, which names the image");
    }
}
