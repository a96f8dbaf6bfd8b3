package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCache;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.ImageScanSelection;
import io.jenkins.plugins.hss.core.model.ImageScanTarget;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.Registry;
import io.jenkins.plugins.hss.core.model.RegistryImage;
import io.jenkins.plugins.hss.core.model.RegistryImageType;
import io.jenkins.plugins.hss.core.model.RegistryStatus;
import io.jenkins.plugins.hss.core.model.RegistryType;
import io.jenkins.plugins.hss.core.model.ScanScope;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SeverityLevel;
import io.jenkins.plugins.hss.core.model.TaskState;
import io.jenkins.plugins.hss.core.model.TaskType;
import io.jenkins.plugins.hss.core.model.TimeRange;
import io.jenkins.plugins.hss.core.model.VulnerabilityType;
import io.jenkins.plugins.hss.core.poll.Listings;
import io.jenkins.plugins.hss.simulator.Cve;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import io.jenkins.plugins.hss.simulator.RepairNecessity;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import io.jenkins.plugins.hss.simulator.Vulnerability;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The client against the simulator over loopback HTTP, on one simulated clock: it sends every
 * newer call in a form the simulator accepts (which NewerApiContractTest checks against the SDK
 * 3.1.212 models) and reads every answer the simulator serves, including its hostile ones.
 */
class NewerApiSimulatorTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssClient client;
    private String project;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder()
                .registry(io.jenkins.plugins.hss.simulator.Registry.harbor("harbor-1", "team harbor", "harbor.example.com"))
                .image("team-a/nginx:1.25", image -> image
                        .vulnerabilities(Vulnerability.of("CVE-2025-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3")
                                .withSeverity(io.jenkins.plugins.hss.simulator.SeverityLevel.CRITICAL)
                                .withCves(new Cve("CVE-2025-1", 9.8)))
                        .unsafeSettings(2).maliciousFiles(1).multiArch("linux/amd64", "linux/arm64")
                        .previouslyScanned(START.minus(Duration.ofDays(3))))
                .image("team-a/broken:1", image -> image.outcome(ScanOutcome.FAILED))
                .image("partner/base:1", image -> image.sharedBy("partner-account"))
                .image("finance/ledger:3", image -> image.type(io.jenkins.plugins.hss.simulator.ImageType.INSTANCE_IMAGE)
                        .instance("inst-1", "ee"))
                .image("web/app:2", image -> image.registry("harbor-1", io.jenkins.plugins.hss.simulator.ImageType.HARBOR))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        project = hss.projectId();
        client = HssClient.builder().endpoint(HssEndpoints.single(hss.baseUrl()))
                .credentials(AccessKeyCredentials.of(HssSimulator.DEMO_ACCESS_KEY, HssSimulator.DEMO_SECRET_KEY))
                .clock(clock).tokenCache(new TokenCache()).build();
    }

    @AfterEach
    void stop() {
        client.close();
        hss.close();
    }

    private List<RegistryImage> registryImages(RegistryImageQuery query) throws Exception {
        return Listings.all(ApiName.REGISTRY_IMAGES, 2,
                (offset, limit) -> client.listRegistryImages(project, query, offset, limit)).items();
    }

    private RegistryImage registryImage(String namespace, String name) throws Exception {
        return registryImages(RegistryImageQuery.builder().namespace(namespace).imageName(name).build()).stream()
                .filter(row -> row.namespace().equals(namespace) && row.imageName().equals(name)).findFirst().orElseThrow();
    }

    private List<ImageScanTask> manualTasksBegunAtOrAfter(Instant serviceTime) throws HssException {
        return client.listImageTasks(project, ImageTaskQuery.scans().taskType(TaskType.MANUAL)
                .createTime(serviceTime.toEpochMilli()).build(), 0, 10).rows();
    }

    @Test
    void theRegistriesAreReadWithTheirTypesAndState() throws Exception {
        ListPage<Registry> page = client.listRegistries(project, RegistryQuery.ALL, 0, 10);

        assertThat(page.rows()).extracting(Registry::id).containsExactly("swr-private", "swr-shared", "inst-1", "harbor-1");
        assertThat(page.rows()).extracting(registry -> registry.type().orElseThrow()).containsExactly(
                RegistryType.SWR_PRIVATE, RegistryType.SWR_SHARED, RegistryType.SWR_ENTERPRISE, RegistryType.HARBOR);
        assertThat(page.rows()).allSatisfy(registry -> assertThat(registry.connection()).contains(RegistryStatus.SUCCESS));
        assertThat(page.rows().get(3).getScanImageChannel()).isEqualTo("Other");
        assertThat(page.serverDate()).isEqualTo(START);
        assertThat(client.listRegistries(project, RegistryQuery.ofTypes(EnumSet.of(RegistryType.HARBOR)), 0, 10).rows())
                .extracting(Registry::id).containsExactly("harbor-1");
    }

    @Test
    void theRegistryImagesOfEveryRegistryAreReadWithEveryFieldTheSimulatorServes() throws Exception {
        List<RegistryImage> rows = registryImages(RegistryImageQuery.builder().build());

        assertThat(rows).extracting(RegistryImage::registryType)
                .containsExactly("SwrPrivate", "SwrPrivate", "SwrShared", "SwrEnterprise", "Harbor");
        RegistryImage nginx = rows.get(0);
        assertThat(nginx.imageId()).isEqualTo(hss.imageId("team-a/nginx:1.25"));
        assertThat(nginx.status()).contains(ScanStatus.SUCCESS);
        assertThat(nginx.severity()).contains(SeverityLevel.HIGH);
        assertThat(nginx.isMultipleArch()).isTrue();
        assertThat(nginx.associationImages()).hasSize(2).allSatisfy(associated -> assertThat(associated.id()).isNotNull());
        assertThat(List.of(nginx.id(), nginx.latestScanTime(), nginx.latestSyncTime(), nginx.vulNum(),
                nginx.unsafeSettingNum(), nginx.maliciousFileNum(), nginx.registryId(), nginx.registryName()))
                .doesNotContainNull();
        assertThat(rows.get(3).instanceId()).isEqualTo("inst-1");
    }

    @Test
    void everyFilterOfTheRegistryImageListIsOneTheSimulatorTakes() throws Exception {
        RegistryImageQuery everything = RegistryImageQuery.builder().enterpriseProjectId("0").namespace("team-a")
                .imageName("nginx").imageVersion("1.25").registryName("SWR private").imageType(RegistryImageType.PRIVATE_IMAGE)
                .latestScanTimeOrder(RegistryImageQuery.SortDirection.DESC).latestVersion(true).imageSize(2_147_483_547L)
                .scanStatus(ScanStatus.SUCCESS).latestUpdateTime(new TimeRange(0L, 4_070_880_000_000L))
                .latestScanTime(new TimeRange(0L, 4_070_880_000_000L)).latestSyncTime(new TimeRange(0L, Long.MAX_VALUE))
                .hasMaliciousFile(true).hasUnsafeSetting(true).hasVul(true).risky(true).isMultarch(true)
                .severityLevel(SeverityLevel.HIGH).build();

        assertThat(client.listRegistryImages(project, everything, 0, 1).rows()).extracting(RegistryImage::imageName)
                .containsExactly("nginx");
    }

    @Test
    void sortedByLatestScanTimeTheNewestScanComesFirst() throws Exception {
        List<RegistryImage> rows = registryImages(RegistryImageQuery.builder()
                .latestScanTimeOrder(RegistryImageQuery.SortDirection.DESC).build());

        assertThat(rows.get(0).imageName()).isEqualTo("nginx");
        assertThat(rows).extracting(RegistryImage::latestScanTime).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    @Test
    void aScanTaskOfListedRowsIsFoundByTheServicesClockAndFollowedToItsEnd() throws Exception {
        RegistryImage before = registryImage("team-a", "nginx");
        clock.advance(Duration.ofMillis(1_500));

        Accepted accepted = client.createImageScanTask(project, ImageScanTaskRequest.of(List.of(ImageScanTarget.of(before)))
                .scanScope(ScanScope.ALL).rateLimit(0).build());

        assertThat(accepted.serverDate()).as("whole seconds").isEqualTo(START.plusSeconds(1));
        assertThat(accepted.requestId()).hasSize(32);
        List<ImageScanTask> candidates = manualTasksBegunAtOrAfter(accepted.serverDate());
        assertThat(candidates).singleElement().satisfies(task -> {
            assertThat(task.state()).isEqualTo(TaskState.RUNNING);
            assertThat(task.totalNum()).isEqualTo(1);
            assertThat(task.isAll()).isFalse();
            assertThat(task.scanScope()).isEqualTo(ScanScope.ALL);
            assertThat(task.imageType()).isEqualTo(GlobalImageType.REGISTRY.wireName());
            assertThat(task.beginTime()).isBetween(accepted.serverDate().toEpochMilli(),
                    accepted.serverDate().plusSeconds(1).toEpochMilli() - 1);
        });
        clock.advance(Duration.ofSeconds(80));
        ImageScanTask done = client.listImageTasks(project, ImageTaskQuery.scans().taskId(candidates.get(0).taskId())
                .build(), 0, 10).rows().get(0);
        RegistryImage after = registryImage("team-a", "nginx");
        assertThat(done.state()).isEqualTo(TaskState.DONE);
        assertThat(List.of(done.successNum(), done.failedNum(), done.riskyNum())).containsExactly(1, 0, 1);
        assertThat(after.latestScanTime()).as("a scan newer than before the trigger").isGreaterThan(before.latestScanTime());
        assertThat(after.status()).contains(ScanStatus.SUCCESS);
    }

    @Test
    void aSelectingScanTaskScansWhatItsQueryInfoChooses() throws Exception {
        Accepted accepted = client.createImageScanTask(project, ImageScanTaskRequest.selecting(ImageScanSelection.builder()
                .imageType(RegistryImageType.HARBOR).build()).scanScope(EnumSet.of(ScanScope.VULNERABILITIES)).build());

        assertThat(manualTasksBegunAtOrAfter(accepted.serverDate())).singleElement().satisfies(task -> {
            assertThat(task.totalNum()).isEqualTo(1);
            assertThat(task.isAll()).isTrue();
            assertThat(ScanScope.of(task.scanScope())).containsExactly(ScanScope.VULNERABILITIES);
        });
    }

    @Test
    void aStoppedTaskShowsItAndAFailedImageIsNamedInItsTask() throws Exception {
        RegistryImage broken = registryImage("team-a", "broken");
        Accepted first = client.createImageScanTask(project,
                ImageScanTaskRequest.of(List.of(ImageScanTarget.of(broken))).build());
        clock.advance(Duration.ofSeconds(80));
        client.createImageScanTask(project, ImageScanTaskRequest.of(List.of(ImageScanTarget.of(broken))).build());
        String running = manualTasksBegunAtOrAfter(first.serverDate().plusSeconds(1)).get(0).taskId();

        client.stopImageScanTask(project, running, null);

        List<ImageScanTask> tasks = manualTasksBegunAtOrAfter(first.serverDate());
        assertThat(tasks).extracting(ImageScanTask::state).containsExactly(TaskState.STOPPED, TaskState.DONE);
        assertThat(tasks.get(1).failedImages()).singleElement().satisfies(image -> {
            assertThat(image.id()).isEqualTo(broken.id());
            assertThat(image.failedReason()).isEqualTo("failed_to_scan_vulnerability");
        });
        assertThatThrownBy(() -> client.stopImageScanTask(project, "no-such-task", null))
                .isInstanceOfSatisfying(HssApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errorCode()).contains("HSS.0011");
                });
    }

    @Test
    void aSyncTaskMakesAPushedImageListedOnceItEnds() throws Exception {
        hss.push("team-a/fresh:1");
        RegistryImageQuery fresh = RegistryImageQuery.builder().namespace("team-a").imageName("fresh").build();
        assertThat(registryImages(fresh)).isEmpty();

        client.createImageSyncTask(project, ImageSyncRequest.of(List.of(ImageSyncRequest.RegistryRef.of(
                client.listRegistries(project, RegistryQuery.ofId("swr-private"), 0, 10).rows().get(0))), null));

        assertThat(client.listImageTasks(project, ImageTaskQuery.syncs().taskType(TaskType.MANUAL_SYNC).build(), 0, 10)
                .rows()).singleElement().satisfies(task -> assertThat(task.state()).isEqualTo(TaskState.RUNNING));
        clock.advance(Duration.ofSeconds(31));
        assertThat(registryImages(fresh)).extracting(RegistryImage::imageVersion).containsExactly("1");
        client.createImageSyncTask(project, ImageSyncRequest.allRegistries("0"));
    }

    @Test
    void theFindingsCallsReadTheImagesMalwareBaselineAndCves() throws Exception {
        String nginx = hss.imageId("team-a/nginx:1.25");

        ListPage<io.jenkins.plugins.hss.core.model.ImageMalware> malware = client.listImageMalwares(project,
                new MalwareQuery(nginx, RegistryImageType.PRIVATE_IMAGE, "miner", "team-a", "nginx", "1.25", "0"), 0, 10);
        ListPage<io.jenkins.plugins.hss.core.model.ImageRiskConfig> baseline = client.listImageRiskConfigs(project,
                RiskConfigQuery.ofImage(RiskConfigQuery.ImageScope.PRIVATE_IMAGE, nginx), 0, 10);
        ListPage<GeneralImageVulnerability> cves = client.listGeneralImageVulnerabilities(project,
                GeneralVulnerabilityQuery.ofRegistryImages(VulnerabilityType.LINUX_VUL, false), 0, 10);

        assertThat(malware.rows()).singleElement().satisfies(file -> assertThat(file.fileName()).contains("miner"));
        assertThat(baseline.rows()).singleElement().satisfies(row -> assertThat(row.failedRuleNum()).isEqualTo(2));
        assertThat(cves.rows()).singleElement().satisfies(vulnerability -> {
            assertThat(vulnerability.vulId()).isEqualTo("CVE-2025-1");
            assertThat(vulnerability.severity()).contains(SeverityLevel.CRITICAL);
            assertThat(vulnerability.maxCvssScore()).isEqualTo(9.8);
            assertThat(vulnerability.cveList()).containsExactly(new GeneralImageVulnerability.Cve("CVE-2025-1", 9.8));
        });
    }

    @Test
    void everyFieldOfTheOtherQueriesIsOneTheSimulatorTakes() throws Exception {
        client.listImageTasks(project, ImageTaskQuery.scans().globalImageType(GlobalImageType.REGISTRY)
                .taskType(TaskType.MANUAL).taskName("scan").taskId("x").createTime(0L).endTime(4_070_880_000_000L)
                .taskStatus(ImageTaskQuery.Progress.FINISHED).scanScope(ScanScope.ALL).enterpriseProjectId("0").build(),
                0, 200);
        client.listRegistries(project, new RegistryQuery("SWR", "swr-private", EnumSet.of(RegistryType.SWR_PRIVATE,
                RegistryType.HARBOR), "swr", RegistryStatus.SUCCESS, "0"), 0, 10);
        client.listImageRiskConfigs(project, new RiskConfigQuery(RiskConfigQuery.ImageScope.PRIVATE_IMAGE, "team-a",
                "nginx", "1.25", null, "EulerOS", SeverityLevel.LOW, RiskConfigQuery.Standard.HW_STANDARD, "inst-1", "0"),
                0, 10);
        client.listGeneralImageVulnerabilities(project, new GeneralVulnerabilityQuery(VulnerabilityType.APP_VUL, true,
                GlobalImageType.LOCAL, SeverityLevel.LOW, "CVE", "CVE", "CVE-1",
                GeneralVulnerabilityQuery.Status.VUL_STATUS_IGNORED, "0"), 0, 10);
        client.createImageScanTask(project, ImageScanTaskRequest.selecting(ImageScanSelection.builder().hasVul(true)
                .namespace("team-a").imageName("nginx").imageVersion("1.25").imageType(RegistryImageType.PRIVATE_IMAGE)
                .scanStatus(ScanStatus.SUCCESS).imageSize(1L).latestUpdateTime(new TimeRange(0L, 1L))
                .latestScanTime(new TimeRange(0L, 1L)).build()).scanScope(0x000f0000).rateLimit(1000)
                .enterpriseProjectId("0").build());
    }

    @Test
    void aServiceWithoutTheNewerApiIsToldApartByItsGatewaysAnswer() {
        hss.faults().next(Endpoint.LIST_REGISTRIES, Fault.error(404, "APIG.0101",
                "The API does not exist or has not been published in the environment"));
        hss.faults().next(Endpoint.LIST_REGISTRIES, Fault.status(503));

        assertThatThrownBy(() -> client.listRegistries(project, RegistryQuery.ALL, 0, 10))
                .isInstanceOfSatisfying(HssApiException.class, e -> assertThat(e.isNotOffered()).isTrue());
        assertThatThrownBy(() -> client.listRegistries(project, RegistryQuery.ALL, 0, 10))
                .isInstanceOfSatisfying(HssApiException.class, e -> assertThat(e.isNotOffered()).isFalse());
    }

    @Test
    void theSimulatorsHostileAnswersAreMalformedOrUnknownNeverDone() throws Exception {
        client.createImageScanTask(project, ImageScanTaskRequest.selecting(ImageScanSelection.all()).build());
        hss.faults().next(Endpoint.LIST_REGISTRY_IMAGES, Fault.dataListNotArray());
        hss.faults().next(Endpoint.LIST_IMAGE_TASKS, Fault.cutMidBody());
        hss.faults().next(Endpoint.LIST_IMAGE_TASKS, Fault.setInRows(Map.of("task_status", "done")));
        hss.faults().next(Endpoint.LIST_IMAGE_TASKS, Fault.setInRows(Map.of("task_status", 100.5)));
        hss.faults().next(Endpoint.LIST_IMAGE_TASKS, Fault.removeFromRows("task_status"));
        ImageTaskQuery scans = ImageTaskQuery.scans().build();

        assertThatThrownBy(() -> client.listRegistryImages(project, RegistryImageQuery.builder().build(), 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data_list is an object");
        assertThatThrownBy(() -> client.listImageTasks(project, scans, 0, 10)).as("cut mid-body: a read to send again")
                .isInstanceOfSatisfying(HssConnectionException.class, e -> assertThat(e.mayHaveReachedService()).isTrue());
        assertThatThrownBy(() -> client.listImageTasks(project, scans, 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data_list[0].task_status");
        assertThatThrownBy(() -> client.listImageTasks(project, scans, 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("data_list[0].task_status");
        assertThat(client.listImageTasks(project, scans, 0, 10).rows()).extracting(ImageScanTask::state)
                .containsExactly(TaskState.UNKNOWN);
        assertThat(hss.requestCount(Endpoint.LIST_IMAGE_TASKS)).isEqualTo(4);
    }
}
