package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.auth.GlobalCredentials;
import com.huaweicloud.sdk.iam.v3.IamClient;
import com.huaweicloud.sdk.iam.v3.model.AuthScope;
import com.huaweicloud.sdk.iam.v3.model.AuthScopeProject;
import com.huaweicloud.sdk.iam.v3.model.KeystoneCreateUserTokenByPasswordRequest;
import com.huaweicloud.sdk.iam.v3.model.KeystoneCreateUserTokenByPasswordRequestBody;
import com.huaweicloud.sdk.iam.v3.model.KeystoneCreateUserTokenByPasswordResponse;
import com.huaweicloud.sdk.iam.v3.model.PwdAuth;
import com.huaweicloud.sdk.iam.v3.model.PwdIdentity;
import com.huaweicloud.sdk.iam.v3.model.PwdPassword;
import com.huaweicloud.sdk.iam.v3.model.PwdPasswordUser;
import com.huaweicloud.sdk.iam.v3.model.PwdPasswordUserDomain;
import com.huaweicloud.sdk.hss.v5.HssClient;
import com.huaweicloud.sdk.hss.v5.model.BatchScanPrivateImageRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageInfo;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageRequest;
import com.huaweicloud.sdk.hss.v5.model.BatchScanSwrImageResponse;
import com.huaweicloud.sdk.hss.v5.model.ImageVulInfo;
import com.huaweicloud.sdk.hss.v5.model.ListImageVulnerabilitiesRequest;
import com.huaweicloud.sdk.hss.v5.model.ListImageVulnerabilitiesResponse;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryRequest;
import com.huaweicloud.sdk.hss.v5.model.ListSwrImageRepositoryResponse;
import com.huaweicloud.sdk.hss.v5.model.PrivateImageRepositoryInfo;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeRequest;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK (3.1.130, with the okhttp it is built for) cannot tell the simulator from
 * HSS: its signed requests are accepted, its models read every response, and refusals reach it as
 * the exceptions it raises for the real service. The SDK signs with the real time, so the
 * simulated clock starts now and moves only seconds.
 */
class OfficialSdkTest {

    private static final String AK = "HPUAEXAMPLEAK1234567";
    private static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";

    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private HssSimulator hss;

    @BeforeEach
    void start() {
        Scenario.Builder scenario = Scenario.builder()
                .startDelay(Duration.ofSeconds(10))
                .scanDuration(Duration.ofSeconds(60))
                .image("team-a/nginx:1.25", image -> image
                        .vulnerabilities(
                                Vulnerability.of("CVE-2025-0001", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1"),
                                Vulnerability.of("CVE-2025-0002", RepairNecessity.DELAY_REPAIR, "zlib", "1.2.11"),
                                Vulnerability.of("CVE-2025-0003", RepairNecessity.NOT_NEEDED_REPAIR, "curl", "7.8"))
                        .unsafeSettings(2)
                        .previouslyScanned(clock.instant().minus(Duration.ofDays(3))))
                .image("team-a/nginx:1.24", image -> image.latestVersion(false));
        for (int i = 0; i < 25; i++) {
            scenario.image("team-c/service-" + i + ":1.0");
        }
        hss = HssSimulator.builder().clock(clock).scenario(scenario.build()).accessKey(AK, SK)
                .iamUser("demo-account", "ci-bot", "s3cret").start();
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssClient client(String secretKey) {
        return HssClient.newBuilder()
                .withCredential(new BasicCredentials().withAk(AK).withSk(secretKey).withProjectId(hss.projectId()))
                .withEndpoints(List.of(hss.baseUrl()))
                .build();
    }

    private static ListSwrImageRepositoryRequest list() {
        return new ListSwrImageRepositoryRequest().withRegion("cn-north-4").withImageType("private_image");
    }

    private PrivateImageRepositoryInfo nginx125() {
        ListSwrImageRepositoryResponse page = client(SK).listSwrImageRepository(list()
                .withNamespace("team-a").withImageName("nginx").withImageVersion("1.25").withLimit(10));
        assertThat(page.getTotalNum()).isEqualTo(1);
        return page.getDataList().get(0);
    }

    @Test
    void batchScanIsAcceptedAndTheListFollowsTheScanToItsResult() {
        long before = nginx125().getLatestScanTime();

        BatchScanSwrImageResponse response = client(SK).batchScanSwrImage(new BatchScanSwrImageRequest()
                .withEnterpriseProjectId("0")
                .withBody(new BatchScanPrivateImageRequestInfo()
                        .withImageType("private_image")
                        .withOperateAll(false)
                        .withImageInfoList(List.of(new BatchScanSwrImageInfo()
                                .withNamespace("team-a").withImageName("nginx").withImageVersion("1.25")))));
        assertThat(response.getHttpStatusCode()).isEqualTo(200);

        assertThat(nginx125().getScanStatus()).isEqualTo("success");
        assertThat(nginx125().getLatestScanTime()).isEqualTo(before);
        clock.advance(Duration.ofSeconds(10));
        assertThat(nginx125().getScanStatus()).isEqualTo("scanning");
        clock.advance(Duration.ofSeconds(60));
        PrivateImageRepositoryInfo done = nginx125();
        assertThat(done.getScanStatus()).isEqualTo("success");
        assertThat(done.getLatestScanTime()).isEqualTo(clock.millis());
        assertThat(done.getVulNum()).isEqualTo(3);
        assertThat(done.getUnsafeSettingNum()).isEqualTo(2);
        assertThat(done.getMaliciousFileNum()).isZero();
    }

    @Test
    void listFiltersAndPagesWithTotalNum() {
        ListSwrImageRepositoryResponse second = client(SK).listSwrImageRepository(list()
                .withNamespace("team-c").withOffset(10).withLimit(10));
        ListSwrImageRepositoryResponse last = client(SK).listSwrImageRepository(list()
                .withNamespace("team-c").withOffset(20).withLimit(10));
        ListSwrImageRepositoryResponse latestWithVulnerabilities = client(SK).listSwrImageRepository(list()
                .withLatestVersion(true).withHasVul(true).withScanStatus("success").withLimit(200));

        assertThat(second.getTotalNum()).isEqualTo(25);
        assertThat(second.getDataList()).extracting(PrivateImageRepositoryInfo::getImageName)
                .containsExactly("service-10", "service-11", "service-12", "service-13", "service-14",
                        "service-15", "service-16", "service-17", "service-18", "service-19");
        assertThat(last.getDataList()).hasSize(5);
        assertThat(last.getDataList().get(0).getScanStatus()).isEqualTo("unscan");
        assertThat(last.getDataList().get(0).getLatestScanTime()).isZero();
        assertThat(latestWithVulnerabilities.getDataList()).extracting(PrivateImageRepositoryInfo::getImageVersion)
                .containsExactly("1.25");
    }

    @Test
    void vulnerabilitiesOfAnImageAreListedAndFilteredByUrgency() {
        String imageId = nginx125().getImageId();
        ListImageVulnerabilitiesRequest request = new ListImageVulnerabilitiesRequest()
                .withImageId(imageId).withImageType("private_image")
                .withNamespace("team-a").withImageName("nginx").withTagName("1.25").withLimit(10);

        ListImageVulnerabilitiesResponse all = client(SK).listImageVulnerabilities(request);
        ListImageVulnerabilitiesResponse urgent = client(SK).listImageVulnerabilities(
                request.withRepairNecessity("immediate_repair"));

        assertThat(imageId).isEqualTo(hss.imageId("team-a/nginx:1.25"));
        assertThat(all.getTotalNum()).isEqualTo(3);
        assertThat(all.getDataList()).extracting(ImageVulInfo::getRepairNecessity)
                .containsExactly("immediate_repair", "delay_repair", "not_needed_repair");
        assertThat(urgent.getDataList()).singleElement()
                .satisfies(vul -> {
                    assertThat(vul.getVulId()).isEqualTo("CVE-2025-0001");
                    assertThat(vul.getAppName()).isEqualTo("openssl");
                });
    }

    @Test
    void runImageSynchronizeListsAPushedImageAfterTheSyncWithTheIntegerErrorCode() {
        hss.push("team-a/app:1.0", image -> image.multiArch("linux/amd64", "linux/arm64"));
        ListSwrImageRepositoryRequest app = list().withImageName("app").withLimit(10);
        int before = client(SK).listSwrImageRepository(app).getTotalNum();

        RunImageSynchronizeResponse sync = client(SK).runImageSynchronize(new RunImageSynchronizeRequest()
                .withRegion("cn-north-4").withEnterpriseProjectId("0")
                .withBody(new RunImageSynchronizeRequestInfo().withImageType("private_image")));
        clock.advance(Duration.ofSeconds(30));
        ListSwrImageRepositoryResponse after = client(SK).listSwrImageRepository(app);

        assertThat(before).isZero();
        assertThat(sync.getHttpStatusCode()).isEqualTo(200);
        assertThat(sync.getErrorCode()).isZero();
        assertThat(sync.getErrorDescription()).isEqualTo("success");
        assertThat(after.getDataList()).singleElement().satisfies(row -> {
            assertThat(row.getImageVersion()).isEqualTo("1.0");
            assertThat(row.getAssociationImages()).hasSize(2)
                    .allSatisfy(arch -> assertThat(arch.getScanStatus()).isEqualTo("unscan"));
        });
    }

    @Test
    void aWrongSecretKeyIsRefusedWithApig0301() {
        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class,
                () -> client("not-the-secret-key").listSwrImageRepository(list()));

        assertThat(refused.getHttpStatusCode()).isEqualTo(401);
        assertThat(refused.getErrorCode()).isEqualTo("APIG.0301");
        assertThat(refused.getErrorMsg()).contains("verify aksk signature fail");
        assertThat(refused.getRequestId()).hasSize(32);
        assertThat(hss.requestCount(Endpoint.LIST_SWR_IMAGES)).isEqualTo(1);
    }

    @Test
    void anInvalidParameterIsRefusedWithHss0001() {
        ClientRequestException refused = catchThrowableOfType(ClientRequestException.class,
                () -> client(SK).listSwrImageRepository(list().withLimit(500)));
        ClientRequestException noImages = catchThrowableOfType(ClientRequestException.class,
                () -> client(SK).batchScanSwrImage(new BatchScanSwrImageRequest()
                        .withBody(new BatchScanPrivateImageRequestInfo().withImageType("private_image"))));

        assertThat(refused.getHttpStatusCode()).isEqualTo(400);
        assertThat(refused.getErrorCode()).isEqualTo("HSS.0001");
        assertThat(noImages.getHttpStatusCode()).isEqualTo(400);
        assertThat(noImages.getErrorCode()).isEqualTo("HSS.0001");
    }

    @Test
    void theIamClientGetsAProjectScopedToken() {
        IamClient iam = IamClient.newBuilder()
                .withCredential(new GlobalCredentials().withAk(AK).withSk(SK).withDomainId("demo-domain-id"))
                .withEndpoints(List.of(hss.baseUrl()))
                .build();
        KeystoneCreateUserTokenByPasswordResponse response = iam.keystoneCreateUserTokenByPassword(
                new KeystoneCreateUserTokenByPasswordRequest().withNocatalog("true").withBody(
                        new KeystoneCreateUserTokenByPasswordRequestBody().withAuth(new PwdAuth()
                                .withIdentity(new PwdIdentity()
                                        .withMethods(List.of(PwdIdentity.MethodsEnum.PASSWORD))
                                        .withPassword(new PwdPassword().withUser(new PwdPasswordUser()
                                                .withName("ci-bot").withPassword("s3cret")
                                                .withDomain(new PwdPasswordUserDomain().withName("demo-account")))))
                                .withScope(new AuthScope().withProject(new AuthScopeProject().withId(hss.projectId()))))));

        assertThat(response.getHttpStatusCode()).isEqualTo(201);
        assertThat(response.getXSubjectToken()).startsWith("MII");
        assertThat(Instant.parse(response.getToken().getExpiresAt())).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        assertThat(response.getToken().getProject().getId()).isEqualTo(hss.projectId());
        assertThat(response.getToken().getUser().getName()).isEqualTo("ci-bot");
    }
}
