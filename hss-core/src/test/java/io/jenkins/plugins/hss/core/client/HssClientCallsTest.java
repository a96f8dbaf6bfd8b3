package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeResponse;
import io.jenkins.plugins.hss.core.auth.AkSkSigner;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HssClientCallsTest {

    private MockHss hss;
    private HssClient client;

    @BeforeEach
    void start() throws Exception {
        hss = new MockHss();
        client = hss.client();
    }

    @AfterEach
    void stop() {
        client.close();
        hss.close();
    }

    @Test
    void batchScanPostsTheBodyToTheProjectSignedWithTheAccessKey() throws Exception {
        hss.answer(200, "");
        BatchScanRequest request = ScanSettings.builder().projectId(MockHss.PROJECT).enterpriseProjectId("all_granted_eps")
                .imageType("private_image").image("team-a/nginx:1.25").build().toRequest();

        client.batchScan(request);

        RecordedRequest sent = hss.take();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/batch-scan?enterprise_project_id=all_granted_eps");
        assertThat(sent.getBody().utf8()).isEqualTo(new String(request.toJson(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(sent.getHeaders().get("X-Sdk-Date")).isEqualTo("20240315T083000Z");
        assertThat(sent.getHeaders().get("X-Project-Id")).isEqualTo(MockHss.PROJECT);
        assertThat(sent.getHeaders().get("region")).isEqualTo("cn-north-4");
        assertThat(sent.getHeaders().get("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK1234567, SignedHeaders=host;region;user-agent;x-project-id;x-sdk-date, ");
        MockHss.assertSignedAsSent(sent);
    }

    @Test
    void batchScanAcceptsAnEmptyObjectAsTheAnswer() throws Exception {
        hss.answer(200, "{}");

        client.batchScan(ScanSettings.builder().projectId(MockHss.PROJECT).imageType("shared_image").operateAll(true)
                .build().toRequest());

        assertThat(hss.take().getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/batch-scan");
    }

    @Test
    void listSwrImagesSendsEveryFilterAndReadsEveryField() throws Exception {
        hss.answer(200, "{\"total_num\":1,\"data_list\":[{\"id\":7,\"namespace\":\"team-a\",\"image_name\":\"nginx\","
                + "\"image_id\":\"img-1\",\"image_digest\":\"sha256:ab\",\"image_version\":\"1.25\",\"image_type\":\"private_image\","
                + "\"latest_version\":true,\"scan_status\":\"success\",\"scan_failed_desc\":\"\",\"image_size\":1024,"
                + "\"latest_update_time\":1700000000000,\"latest_scan_time\":1700000001000,\"vul_num\":3,"
                + "\"unsafe_setting_num\":1,\"malicious_file_num\":0,\"domain_name\":\"acme\",\"shared_status\":\"effective\","
                + "\"scannable\":true,\"instance_name\":\"i\",\"instance_id\":\"iid\",\"instance_url\":\"u\",\"future_field\":1,"
                + "\"association_images\":[{\"image_name\":\"nginx\",\"image_version\":\"1.25-arm\",\"image_type\":\"private_image\","
                + "\"namespace\":\"team-a\",\"image_digest\":\"sha256:cd\",\"scan_status\":\"scanning\"}]}]}");
        SwrImageQuery query = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).namespace("team a").imageName("nginx")
                .imageVersion("1.25").latestVersion(true).scanStatus(ScanStatus.SUCCESS).instanceName("i").imageSize(5L)
                .startLatestUpdateTime(1L).endLatestUpdateTime(2L).startLatestScanTime(3L).endLatestScanTime(4L)
                .hasMaliciousFile(false).hasUnsafeSetting(true).hasVul(true).instanceId("iid").enterpriseProjectId("0").build();

        ListPage<SwrImage> page = client.listSwrImages(MockHss.PROJECT, query, 20, 200);

        assertThat(hss.take().getUrl().query()).isEqualTo("enterprise_project_id=0&namespace=team a&image_name=nginx"
                + "&image_version=1.25&latest_version=true&offset=20&limit=200&image_type=private_image&scan_status=success"
                + "&instance_name=i&image_size=5&start_latest_update_time=1&end_latest_update_time=2&start_latest_scan_time=3"
                + "&end_latest_scan_time=4&has_malicious_file=false&has_unsafe_setting=true&has_vul=true&instance_id=iid");
        assertThat(page.totalNum()).isEqualTo(1);
        assertThat(page.rows()).containsExactly(new SwrImage(7L, "team-a", "nginx", "img-1", "sha256:ab", "1.25",
                "private_image", true, "success", "", 1024L, 1700000000000L, 1700000001000L, 3, 1, 0, "acme", "effective",
                true, "i", "iid", "u", List.of(new SwrImage.AssociatedImage("nginx", "1.25-arm", "private_image", "team-a",
                "sha256:cd", "scanning"))));
    }

    @Test
    void aListPageCarriesTheServicesDateWhenTheResponseHasOne() throws Exception {
        SwrImageQuery query = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();
        hss.answer(200, "{\"total_num\":0,\"data_list\":[]}", "Date", "Sun, 01 Mar 2026 08:30:05 GMT");
        hss.answer(200, "{\"total_num\":0,\"data_list\":[]}", "Date", "yesterday");

        assertThat(client.listSwrImages(MockHss.PROJECT, query, 0, 10).serverDate()).isEqualTo(Instant.parse("2026-03-01T08:30:05Z"));
        assertThat(client.listSwrImages(MockHss.PROJECT, query, 0, 10).serverDate()).as("not an HTTP date").isNull();
    }

    @Test
    void aBatchScanAnswersTheServicesDateTheTriggerWentInBy() throws Exception {
        BatchScanRequest request = ScanSettings.builder().projectId(MockHss.PROJECT).imageType("private_image")
                .image("team-a/nginx:1.25").build().toRequest();
        hss.answer(200, "{}", "Date", "Sun, 01 Mar 2026 08:30:05 GMT");
        hss.answer(200, "{}");

        assertThat(client.batchScan(request)).isEqualTo(Instant.parse("2026-03-01T08:30:05Z"));
        assertThat(client.batchScan(request)).as("no Date").isNull();
    }

    @Test
    void listImageVulnerabilitiesPutsTheImageIdInThePath() throws Exception {
        hss.answer(200, "{\"total_num\":1,\"data_list\":[{\"vul_id\":\"CVE-1\",\"repair_necessity\":\"immediate_repair\","
                + "\"description\":\"d\",\"position\":\"layer\",\"app_name\":\"openssl\",\"app_path\":\"/usr\",\"version\":\"1\","
                + "\"solution\":\"s\",\"url\":\"u\"}]}");
        VulnerabilityQuery query = VulnerabilityQuery.builder("sha256:ab12", ImageType.PRIVATE_IMAGE, "team-a", "nginx", "1.25")
                .repairNecessity(RepairNecessity.IMMEDIATE_REPAIR).type("linux_vul").build();

        ListPage<Vulnerability> page = client.listImageVulnerabilities(MockHss.PROJECT, query, 0, 10);

        RecordedRequest sent = hss.take();
        assertThat(sent.getUrl().encodedPath()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/sha256:ab12/vulnerabilities");
        assertThat(sent.getUrl().query()).isEqualTo("image_type=private_image&offset=0&limit=10&namespace=team-a"
                + "&image_name=nginx&tag_name=1.25&repair_necessity=immediate_repair&type=linux_vul");
        assertThat(page.rows()).containsExactly(
                new Vulnerability("CVE-1", "immediate_repair", "d", "layer", "openssl", "/usr", "1", "s", "u"));
        MockHss.assertSignedAsSent(sent);
    }

    @Test
    void anEnterpriseImagesUnhandledVulnerabilitiesNameTheInstanceAndTheHandleStatus() throws Exception {
        hss.answer(200, "{\"total_num\":0,\"data_list\":[]}");
        VulnerabilityQuery query = VulnerabilityQuery.builder("img-1", ImageType.INSTANCE_IMAGE, "finance", "ledger", "3.1")
                .instanceId("inst-a").handleStatus(io.jenkins.plugins.hss.core.model.HandleStatus.UNHANDLED).build();

        client.listImageVulnerabilities(MockHss.PROJECT, query, 0, 10);

        assertThat(hss.take().getUrl().query()).isEqualTo("image_type=instance_image&offset=0&limit=10&instance_id=inst-a"
                + "&namespace=finance&image_name=ledger&tag_name=3.1&handle_status=unhandled");
    }

    @Test
    void aPageSizeOutsideTenToTwoHundredIsRefusedBeforeAnyCall() {
        SwrImageQuery query = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, query, 0, 201))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10..200");
        assertThat(hss.server.getRequestCount()).isZero();
    }

    // The two sync calls on the wire: what is sent, signed as any call, and what their answers mean.

    @Test
    void synchronizePostsTheImageTypeAsTheSdkWritesIt() throws Exception {
        hss.answer(200, "{\"error_code\":0,\"error_description\":\"success\"}");

        SyncAnswer answer = client.synchronize(MockHss.PROJECT, ImageType.SHARED_IMAGE, "ep-1");

        RecordedRequest sent = hss.take();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/synchronize?enterprise_project_id=ep-1");
        assertThat(sent.getBody().utf8())
                .isEqualTo(JsonUtils.toJSON(new RunImageSynchronizeRequestInfo().withImageType("shared_image")));
        assertThat(sent.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=");
        assertThat(answer.started()).isTrue();
    }

    @Test
    void anIntegerErrorCodeOtherThanZeroIsASyncThatDidNotStart() throws Exception {
        String body = JsonUtils.toJSON(new RunImageSynchronizeResponse().withErrorCode(1)
                .withErrorDescription("image synchronization is already in progress"));
        hss.answer(200, body);

        SyncAnswer answer = client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null);

        assertThat(answer.started()).isFalse();
        assertThat(answer.describe()).isEqualTo("error_code 1 (image synchronization is already in progress)");
        assertThat(hss.take().getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/synchronize");
    }

    @Test
    void anAnswerWithoutErrorCodeProvesNoSyncStarted() throws Exception {
        hss.answer(200, "");
        hss.answer(200, "{}");

        assertThat(client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null).started()).isFalse();
        assertThat(client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null).describe())
                .isEqualTo("an answer without error_code");
    }

    @Test
    void anAnswerThatIsNoJsonObjectIsMalformed() {
        hss.answer(200, "[1]");

        assertThatThrownBy(() -> client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("POST synchronize");
    }

    @Test
    void aRefusedSyncIsAnApiErrorWithHssWords() {
        hss.answer(403, "{\"error_code\":\"HSS.0013\",\"error_msg\":\"Insufficient permissions\"}");

        assertThatThrownBy(() -> client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null))
                .isInstanceOf(HssApiException.class).hasMessageContaining("HSS.0013").hasMessageContaining("Insufficient");
    }
}
