package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.ImageMalware;
import io.jenkins.plugins.hss.core.model.ImageRiskConfig;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.Registry;
import io.jenkins.plugins.hss.core.model.RegistryImage;
import io.jenkins.plugins.hss.core.model.RegistryImageType;
import io.jenkins.plugins.hss.core.model.RegistryStatus;
import io.jenkins.plugins.hss.core.model.RegistryType;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SeverityLevel;
import io.jenkins.plugins.hss.core.model.TaskState;
import io.jenkins.plugins.hss.core.model.TaskType;
import io.jenkins.plugins.hss.core.model.VulnerabilityType;
import io.jenkins.plugins.hss.core.poll.Listings;
import io.jenkins.plugins.hss.core.poll.PagedCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every answer of the newer image API read as the older lists are read ({@link PageReader}, over
 * loopback): every field of each SDK 3.1.212 model, enumerations kept as text whatever they say,
 * the service's {@code Date}, and each malformed body a {@link MalformedResponseException} that
 * says what was wrong.
 */
class NewerApiAnswersTest {

    static final String REGISTRY_IMAGE_ROW = "{\"id\":7,\"namespace\":\"team-a\",\"image_name\":\"nginx\","
            + "\"image_id\":\"img-1\",\"image_digest\":\"sha256:ab\",\"image_version\":\"1.25\",\"image_type\":\"private_image\","
            + "\"registry_id\":\"swr-private\",\"registry_name\":\"SWR private\",\"registry_type\":\"SwrPrivate\","
            + "\"latest_version\":true,\"scan_status\":\"failed\",\"scan_failed_desc\":\"download_failed\","
            + "\"scan_failed_code\":\"download_failed\",\"image_size\":1024,\"latest_update_time\":1,\"latest_scan_time\":2,"
            + "\"latest_sync_time\":3,\"vul_num\":4,\"unsafe_setting_num\":5,\"malicious_file_num\":6,\"domain_name\":\"acme\","
            + "\"shared_status\":\"effective\",\"scannable\":true,\"is_multiple_arch\":true,\"instance_name\":\"ee\","
            + "\"instance_id\":\"inst-1\",\"instance_url\":\"u\",\"severity_level\":\"High\",\"future_field\":{\"a\":1},"
            + "\"association_images\":[{\"id\":8,\"image_id\":\"img-2\",\"image_name\":\"nginx\",\"image_version\":\"1.25\","
            + "\"image_type\":\"private_image\",\"namespace\":\"team-a\",\"image_digest\":\"sha256:cd\","
            + "\"scan_status\":\"scanning\",\"vul_num\":1,\"unsafe_setting_num\":2,\"malicious_file_num\":3}]}";

    @RegisterExtension
    final MockHss hss = MockHss.started();
    private final HssClient client = hss.client();

    private static String page(String... rows) {
        return "{\"total_num\":" + rows.length + ",\"data_list\":[" + String.join(",", rows) + "]}";
    }

    private ListPage<RegistryImage> registryImages() throws HssException {
        return client.listRegistryImages(MockHss.PROJECT, RegistryImageQuery.builder().build(), 0, 10);
    }

    private ListPage<ImageScanTask> tasks() throws HssException {
        return client.listImageTasks(MockHss.PROJECT, ImageTaskQuery.scans().build(), 0, 10);
    }

    @Test
    void eachRowTypeReadsEveryFieldOfItsSdkModel() {
        assertThat(SdkFields.readNames(RegistryImage.class)).isEqualTo(Set.copyOf(SdkFields.REGISTRY_IMAGES_INFO));
        assertThat(SdkFields.readNames(RegistryImage.AssociatedImage.class))
                .isEqualTo(Set.copyOf(SdkFields.ASSOCIATE_IMAGES_INFO));
        assertThat(SdkFields.readNames(ImageScanTask.class)).isEqualTo(Set.copyOf(SdkFields.IMAGE_SCAN_TASK_INFO));
        assertThat(SdkFields.readNames(ImageScanTask.FailedImage.class))
                .isEqualTo(Set.copyOf(SdkFields.IMAGE_SCAN_TASK_INFO_FAILED_IMAGES));
        assertThat(SdkFields.readNames(Registry.class)).isEqualTo(Set.copyOf(SdkFields.REGISTRY_INFO));
        assertThat(SdkFields.readNames(ImageMalware.class)).isEqualTo(Set.copyOf(SdkFields.IMAGE_MALWARE_INFO));
        assertThat(SdkFields.readNames(ImageRiskConfig.class))
                .isEqualTo(Set.copyOf(SdkFields.IMAGE_RISK_CONFIGS_INFO_RESPONSE_INFO));
        assertThat(SdkFields.readNames(GeneralImageVulnerability.class))
                .isEqualTo(Set.copyOf(SdkFields.GENERAL_IMAGE_VULS_RESPONSE_INFO));
        assertThat(SdkFields.readNames(GeneralImageVulnerability.Cve.class))
                .isEqualTo(Set.copyOf(SdkFields.GENERAL_IMAGE_VULS_RESPONSE_INFO_CVE_LIST));
    }

    @Test
    void aRegistryImageRowReadsWithEveryFieldAndTheServicesDate() throws Exception {
        hss.answer(200, page(REGISTRY_IMAGE_ROW), "Date", "Sun, 01 Mar 2026 08:30:05 GMT");

        ListPage<RegistryImage> page = registryImages();

        assertThat(page.totalNum()).isEqualTo(1);
        assertThat(page.serverDate()).isEqualTo(Instant.parse("2026-03-01T08:30:05Z"));
        assertThat(page.rows()).containsExactly(new RegistryImage(7L, "team-a", "nginx", "img-1", "sha256:ab", "1.25",
                "private_image", "swr-private", "SWR private", "SwrPrivate", true, "failed", "download_failed",
                "download_failed", 1024L, 1L, 2L, 3L, 4, 5, 6, "acme", "effective", true, true, "ee", "inst-1", "u", "High",
                List.of(new RegistryImage.AssociatedImage(8L, "img-2", "nginx", "1.25", "private_image", "team-a",
                        "sha256:cd", "scanning", 1, 2, 3))));
        assertThat(page.rows().get(0).status()).contains(ScanStatus.FAILED);
        assertThat(page.rows().get(0).severity()).contains(SeverityLevel.HIGH);
    }

    @Test
    void valuesThisVersionDoesNotKnowAreKeptAsTextNotDropped() throws Exception {
        hss.answer(200, page("{\"id\":1,\"scan_status\":\"quarantined\",\"severity_level\":\"Catastrophic\","
                + "\"registry_type\":\"Quay\",\"image_type\":\"quay\"}"));
        hss.answer(200, page("{\"task_id\":\"t\",\"task_status\":150,\"task_type\":\"adhoc\"}", "{\"task_id\":\"u\"}"));

        RegistryImage image = registryImages().rows().get(0);
        List<ImageScanTask> tasks = tasks().rows();

        assertThat(List.of(image.scanStatus(), image.severityLevel(), image.registryType(), image.imageType()))
                .containsExactly("quarantined", "Catastrophic", "Quay", "quay");
        assertThat(image.status()).isEmpty();
        assertThat(image.severity()).isEmpty();
        assertThat(tasks).extracting(ImageScanTask::state).containsExactly(TaskState.UNKNOWN, TaskState.UNKNOWN);
        assertThat(tasks.get(0).taskType()).isEqualTo("adhoc");
        assertThat(tasks.get(0).type()).isEmpty();
    }

    @Test
    void aTaskRowReadsWithItsIntegerStatusCountsAndFailedImages() throws Exception {
        hss.answer(200, page("{\"task_id\":\"t-1\",\"policy_id\":\"p\",\"task_name\":\"manual_image_scan_1\","
                + "\"begin_time\":1772352000000,\"end_time\":1772352060000,\"remain_min\":0,\"task_type\":\"manual\","
                + "\"image_type\":\"registry\",\"task_status\":100,\"scan_scope\":2147483647,\"rate_limit\":0,"
                + "\"is_all\":false,\"failed_num\":1,\"success_num\":2,\"total_num\":3,\"risky_num\":1,"
                + "\"sync_task_type\":\"s\",\"failed_reason\":\"r\",\"failed_images\":[{\"id\":9,\"registry_id\":\"swr-private\","
                + "\"registry_name\":\"SWR private\",\"image_name\":\"broken\",\"image_version\":\"1\",\"namespace\":\"team-a\","
                + "\"registry_type\":\"SwrPrivate\",\"failed_reason\":\"failed_to_scan_vulnerability\"}]}",
                "{\"task_id\":\"t-2\",\"task_status\":42}", "{\"task_id\":\"t-3\",\"task_status\":-2}"));

        List<ImageScanTask> tasks = tasks().rows();

        assertThat(tasks.get(0)).isEqualTo(new ImageScanTask("t-1", "p", "manual_image_scan_1", 1772352000000L,
                1772352060000L, 0L, "manual", "registry", 100, 2147483647, 0, false, 1, 2, 3, 1, "s", "r",
                List.of(new ImageScanTask.FailedImage(9L, "swr-private", "SWR private", "broken", "1", "team-a",
                        "SwrPrivate", "failed_to_scan_vulnerability"))));
        assertThat(tasks.get(0).type()).contains(TaskType.MANUAL);
        assertThat(tasks).extracting(ImageScanTask::state)
                .containsExactly(TaskState.DONE, TaskState.RUNNING, TaskState.TIMED_OUT);
        assertThat(tasks.get(1).failedImages()).isEmpty();
    }

    @Test
    void aRegistryRowReadsWithEveryFieldItsGetScanImageChannelToo() throws Exception {
        hss.answer(200, page("{\"id\":\"harbor-1\",\"registry_name\":\"team harbor\",\"registry_type\":\"Harbor\","
                + "\"api_version\":\"V2\",\"protocol\":\"https\",\"registry_addr\":\"harbor.example\","
                + "\"registry_username\":\"scanner\",\"namespace\":\"hss\",\"connect_cluster_id\":\"c-1\","
                + "\"get_scan_image_channel\":\"Other\",\"status\":\"fail\",\"fail_reason\":\"REQUEST_API_ERROR\","
                + "\"images_num\":12,\"latest_sync_time\":1772352000000}"));

        Registry registry = client.listRegistries(MockHss.PROJECT, RegistryQuery.ALL, 0, 10).rows().get(0);

        assertThat(registry).isEqualTo(new Registry("harbor-1", "team harbor", "Harbor", "V2", "https",
                "harbor.example", "scanner", "hss", "c-1", "Other", "fail", "REQUEST_API_ERROR", 12, 1772352000000L));
        assertThat(registry.type()).contains(RegistryType.HARBOR);
        assertThat(registry.connection()).contains(RegistryStatus.FAIL);
    }

    @Test
    void findingsRowsReadWithEveryField() throws Exception {
        hss.answer(200, page("{\"file_name\":\"miner.elf\",\"file_path\":\"/usr/bin/miner.elf\",\"size\":4096,"
                + "\"description\":\"Trojan\"}"));
        hss.answer(200, page("{\"severity\":\"Medium\",\"check_name\":\"EulerOS\",\"check_type\":\"EulerOS\","
                + "\"standard\":\"hw_standard\",\"check_rule_num\":30,\"failed_rule_num\":4,\"check_type_desc\":\"d\"}"));
        hss.answer(200, page("{\"vul_name\":\"log4shell\",\"vul_id\":\"CVE-2021-44228\",\"type\":\"app_vul\","
                + "\"image_type\":\"registry\",\"label_list\":[\"remote\"],\"severity_level\":\"Critical\",\"image_num\":2,"
                + "\"cve_list\":[{\"cve_id\":\"CVE-2021-44228\",\"cvss\":10.0},{\"cve_id\":\"CVE-2021-45046\",\"cvss\":9}],"
                + "\"max_cvss_score\":10.0,\"scan_time\":1772352000000,\"description\":\"d\",\"url\":\"u\","
                + "\"solution_detail\":\"s\",\"cluster_num\":0}"));

        ImageMalware malware = client.listImageMalwares(MockHss.PROJECT,
                MalwareQuery.of("img-1", RegistryImageType.PRIVATE_IMAGE), 0, 10).rows().get(0);
        ImageRiskConfig baseline = client.listImageRiskConfigs(MockHss.PROJECT,
                RiskConfigQuery.ofImage(RiskConfigQuery.ImageScope.PRIVATE_IMAGE, "img-1"), 0, 10).rows().get(0);
        GeneralImageVulnerability vulnerability = client.listGeneralImageVulnerabilities(MockHss.PROJECT,
                GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.APP_VUL, false), 0, 10).rows().get(0);

        assertThat(malware).isEqualTo(new ImageMalware("miner.elf", "/usr/bin/miner.elf", 4096, "Trojan"));
        assertThat(baseline).isEqualTo(new ImageRiskConfig("Medium", "EulerOS", "EulerOS", "hw_standard", 30, 4, "d"));
        assertThat(baseline.level()).contains(SeverityLevel.MEDIUM);
        assertThat(vulnerability).isEqualTo(new GeneralImageVulnerability("log4shell", "CVE-2021-44228", "app_vul",
                "registry", List.of("remote"), "Critical", 2, List.of(new GeneralImageVulnerability.Cve("CVE-2021-44228",
                10.0), new GeneralImageVulnerability.Cve("CVE-2021-45046", 9.0)), 10.0, 1772352000000L, "d", "u", "s", 0));
        assertThat(vulnerability.severity()).contains(SeverityLevel.CRITICAL);
    }

    @Test
    void aFieldOfTheWrongShapeIsAMalformedResponseNamingIt() {
        hss.answer(200, page("{\"task_id\":\"t\",\"task_status\":\"done\"}"));
        hss.answer(200, page("{\"task_id\":\"t\",\"failed_images\":{\"id\":1}}"));
        hss.answer(200, page("{\"vul_id\":\"v\",\"cve_list\":\"CVE-1\"}"));
        hss.answer(200, page("{\"id\":\"not a record id\"}"));
        hss.answer(200, page("{\"task_id\":\"t\"}", "{\"task_id\":\"t\",\"failed_images\":[{\"id\":1},{\"id\":[]}]}"));
        hss.answer(200, page("{\"vul_id\":\"v\",\"cve_list\":[null]}"));

        assertThatThrownBy(this::tasks).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("GET image/tasks: HSS answered 200 with a body that is not the expected JSON: "
                        + "a field has the wrong type or shape (data_list[0].task_status: ");
        assertThatThrownBy(this::tasks).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("(data_list[0].failed_images: ");
        assertThatThrownBy(() -> client.listGeneralImageVulnerabilities(MockHss.PROJECT,
                GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.LINUX_VUL, false), 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("(data_list[0].cve_list: ");
        assertThatThrownBy(this::registryImages).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("(data_list[0].id: ");
        assertThatThrownBy(this::tasks).as("the row, the list and the item")
                .hasMessageContaining("(data_list[1].failed_images[1].id: ");
        assertThatThrownBy(() -> client.listGeneralImageVulnerabilities(MockHss.PROJECT,
                GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.LINUX_VUL, false), 0, 10))
                .as("a value the type cannot hold").isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("a field has the wrong type or shape (data_list[0]");
    }

    @Test
    void aNumberOfTheWrongKindOrWrittenAsTextIsNotRoundedIntoOneThatPasses() {
        hss.answer(200, page("{\"task_id\":\"t\",\"task_status\":100.5}"));
        hss.answer(200, page("{\"task_id\":\"t\",\"task_status\":\"100\"}"));
        hss.answer(200, page("{\"id\":1,\"vul_num\":1.5}"));
        hss.answer(200, page("{\"id\":1,\"scannable\":\"true\"}"));
        hss.answer(200, page("{\"vul_id\":\"v\",\"max_cvss_score\":\"9.8\"}"));

        assertThatThrownBy(this::tasks).hasMessageContaining("data_list[0].task_status");
        assertThatThrownBy(this::tasks).hasMessageContaining("data_list[0].task_status");
        assertThatThrownBy(this::registryImages).hasMessageContaining("data_list[0].vul_num");
        assertThatThrownBy(this::registryImages).hasMessageContaining("data_list[0].scannable");
        assertThatThrownBy(() -> client.listGeneralImageVulnerabilities(MockHss.PROJECT,
                GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.LINUX_VUL, false), 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data_list[0].max_cvss_score");
    }

    @Test
    void aPageThatIsNoPageIsAMalformedResponseAsOnTheOlderLists() {
        hss.answer(200, "{\"total_num\":1,\"data_list\":{\"id\":1}}");
        hss.answer(200, "{\"data_list\":[]}");
        hss.answer(200, "{\"total_num\":-1,\"data_list\":[]}");
        hss.answer(200, "<html>gateway</html>");
        hss.answer(200, "{\"total_num\":2,\"data_list\":[" + REGISTRY_IMAGE_ROW.substring(0, 80));

        assertThatThrownBy(this::registryImages).hasMessageContaining("data_list is an object, not a list");
        assertThatThrownBy(this::registryImages).hasMessageContaining("there is no total_num");
        assertThatThrownBy(this::registryImages).hasMessageContaining("total_num is not a count of 0 or more (-1)");
        assertThatThrownBy(this::registryImages).isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("it is not valid JSON");
        assertThatThrownBy(this::registryImages).isInstanceOfSatisfying(MalformedResponseException.class,
                e -> assertThat(e.isTruncated()).isTrue());
    }

    @Test
    void registryImagesArePagedInPagesOfAnySizeTheCallTakes() throws Exception {
        for (int offset = 0; offset < 7; offset += 3) {
            List<String> rows = new ArrayList<>();
            for (int i = offset; i < Math.min(offset + 3, 7); i++) {
                rows.add("{\"id\":" + i + "}");
            }
            hss.answer(200, "{\"total_num\":7,\"data_list\":[" + String.join(",", rows) + "]}");
        }

        PagedCall.Listing<RegistryImage> listing = Listings.all(ApiName.REGISTRY_IMAGES, 3, (offset, limit) ->
                client.listRegistryImages(MockHss.PROJECT, RegistryImageQuery.builder().build(), offset, limit));

        assertThat(listing.unchanged()).isTrue();
        assertThat(listing.items()).extracting(RegistryImage::id).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L);
        assertThat(List.of(hss.take(), hss.take(), hss.take())).extracting(r -> r.getUrl().queryParameter("offset"))
                .containsExactly("0", "3", "6");
    }

    @Test
    void theOtherListsPageThroughTheOnePagingPath() throws Exception {
        hss.answer(200, "{\"total_num\":11,\"data_list\":[" + "{\"task_id\":\"a\"},".repeat(9) + "{\"task_id\":\"a\"}]}");
        hss.answer(200, "{\"total_num\":11,\"data_list\":[{\"task_id\":\"z\"}]}");
        Set<String> seen = new HashSet<>();

        List<ImageScanTask> all = Listings.all(ApiName.IMAGE_TASKS, 10, (offset, limit) ->
                client.listImageTasks(MockHss.PROJECT, ImageTaskQuery.scans().build(), offset, limit)).items();
        all.forEach(task -> seen.add(task.taskId()));

        assertThat(all).hasSize(11);
        assertThat(seen).containsExactlyInAnyOrder("a", "z");
        assertThat(hss.take().getUrl().queryParameter("offset")).isEqualTo("0");
        assertThat(hss.take().getUrl().queryParameter("offset")).isEqualTo("10");
    }

    @Test
    void anApiTheServiceDoesNotOfferIsToldApartFromEveryOtherFailure() {
        hss.answer(404, "{\"error_code\":\"APIG.0101\",\"error_msg\":\"The API does not exist or has not been published "
                + "in the environment\",\"request_id\":\"r\"}");
        hss.answer(404, "{\"error_code\":\"HSS.0011\",\"error_msg\":\"requested resource not found\"}");
        hss.answer(404, "<html>not found</html>");
        hss.answer(403, "{\"error_code\":\"APIG.0101\",\"error_msg\":\"?\"}");

        for (boolean notOffered : List.of(true, false, false, false)) {
            assertThatThrownBy(() -> client.listRegistries(MockHss.PROJECT, RegistryQuery.ALL, 0, 10))
                    .isInstanceOfSatisfying(HssApiException.class, e -> assertThat(e.isNotOffered()).isEqualTo(notOffered));
        }
    }

    @Test
    void aStateChangingCallTakesAnyTwoHundredAnswerAndAnErrorAsTheOlderCallsDo() {
        hss.answer(200, "{}");
        hss.answer(400, "{\"error_code\":\"HSS.0011\",\"error_msg\":\"requested resource not found: task t\"}",
                "X-Request-Id", "req-9");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> client.stopImageScanTask(MockHss.PROJECT, "t", null)))
                .isNull();
        assertThatThrownBy(() -> client.stopImageScanTask(MockHss.PROJECT, "t", null))
                .isInstanceOf(HssApiException.class)
                .hasMessage("HSS answered 400 HSS.0011 \"requested resource not found: task t\" (request id req-9)");
    }

    @Test
    void aRowTypeOfTheTaskListReadsTheImageTypeOfTheTask() throws Exception {
        hss.answer(200, page("{\"task_id\":\"t\",\"image_type\":\"local\"}"));

        assertThat(tasks().rows().get(0).imageType()).isEqualTo(GlobalImageType.LOCAL.wireName());
    }
}
