package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScanSettingsTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    private static ScanSettingsBuilder valid() {
        return ScanSettings.builder().projectId(PROJECT).imageType("private_image").image("team-a/nginx:1.25");
    }

    private static List<String> fields(ScanSettings settings) {
        return settings.problems().stream().map(SettingsProblem::field).toList();
    }

    @Test
    void aListOfImagesWithATypeAndAProjectIsValid() {
        assertThat(valid().build().problems()).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceEachNamingItsField() {
        ScanSettings settings = ScanSettings.builder()
                .projectId("a/b").imageType("public_image").scanStatus("done").repoType("harbor")
                .image("Team/nginx:1").operateAll(true)
                .startLatestUpdateTime("2024-06-10T00:00:00Z").endLatestUpdateTime("2024-06-01T00:00:00Z")
                .startLatestScanTime("yesterday").imageSize(-1L)
                .waitOptions(WaitOptions.builder().initialPollInterval(Duration.ofMinutes(5))
                        .maxPollInterval(Duration.ofMinutes(2)).build())
                .build();

        assertThat(fields(settings)).containsExactlyInAnyOrder(
                "image_type", "scan_status", "start_latest_scan_time", "repo_type", "operate_all",
                "image_info_list[0]", "start_latest_update_time", "image_size", "project_id",
                "wait.initial_poll_interval");
        assertThat(settings.problems()).filteredOn(p -> !p.field().startsWith("image_info_list["))
                .allSatisfy(p -> assertThat(p.message()).contains(p.field()));
        // An image is named as written, not by its index in the list.
        assertThat(settings.problems()).filteredOn(p -> p.field().equals("image_info_list[0]"))
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("Image \"Team/nginx:1\""));
    }

    @Test
    void theApiIsBatchScanUnlessSetAndReadInAnyCase() {
        assertThat(valid().build().api()).isEqualTo(ScanApi.BATCH_SCAN);
        assertThat(valid().api(" Image-Scan-Tasks ").build().api()).isEqualTo(ScanApi.IMAGE_SCAN_TASKS);
        assertThat(valid().api("auto").api("").build().api()).as("blank keeps the default").isEqualTo(ScanApi.BATCH_SCAN);
        assertThat(valid().api("auto").build().toBuilder().build().api()).isEqualTo(ScanApi.AUTO);
    }

    @Test
    void anUnknownApiNamesTheFieldAndTheValues() {
        ScanSettings settings = valid().api("v2").build();

        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("api");
            assertThat(p.message()).isEqualTo("api \"v2\" is not valid: use one of batch-scan, image-scan-tasks, auto.");
        });
        assertThat(valid().api("v2").api("batch-scan").build().problems()).as("a valid value clears it").isEmpty();
    }

    @Test
    void aFilterTheNewerApiHasNoPlaceForIsRefusedNotDropped() {
        for (ScanApi api : List.of(ScanApi.IMAGE_SCAN_TASKS, ScanApi.AUTO)) {
            assertThat(valid().images(List.of()).operateAll(true).api(api).latestVersion(true).build().problems())
                    .singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("latest_version"));
            assertThat(valid().images(List.of()).operateAll(true).scanStatus("download_failed").api(api).build()
                    .problems()).singleElement().satisfies(p -> assertThat(p.field()).isEqualTo("scan_status"));
        }
        assertThat(valid().images(List.of()).operateAll(true).latestVersion(true).build().problems()).isEmpty();
    }

    @Test
    void aRegistryOnAnApiThatMayBeBatchScanIsRefusedWithTheFix() {
        for (ScanApi api : List.of(ScanApi.BATCH_SCAN, ScanApi.AUTO)) {
            assertThat(valid().api(api).registry("team harbor").build().problems()).singleElement().satisfies(p -> {
                assertThat(p.field()).isEqualTo("registry");
                assertThat(p.message()).contains("use api image-scan-tasks");
            });
        }
        assertThat(valid().api(ScanApi.IMAGE_SCAN_TASKS).registry("team harbor").build().problems()).isEmpty();
    }

    @Test
    void harborImagesNeedTheNewerApiAndTheirRegistry() {
        assertThat(valid().imageType(ImageType.HARBOR).build().problems())
                .extracting(SettingsProblem::field).containsExactlyInAnyOrder("image_type", "registry");
        assertThat(valid().imageType(ImageType.JFROG).api(ScanApi.IMAGE_SCAN_TASKS).build().problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("registry");
                    assertThat(p.message()).startsWith("image_type jfrog: name the registry of the images in registry");
                });
        assertThat(valid().imageType("harbor").api(ScanApi.IMAGE_SCAN_TASKS).registry("team harbor").build().problems())
                .isEmpty();
    }

    @Test
    void aRegistryWithASelectionIsRefusedSinceAScanTaskSelectionCannotNameOne() {
        assertThat(valid().images(List.of()).operateAll(true).imageType(ImageType.HARBOR).api(ScanApi.IMAGE_SCAN_TASKS)
                .registry("team harbor").build().problems()).singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("registry");
                    assertThat(p.message()).contains("every registry of the type");
                });
    }

    @Test
    void aMissingImageTypeSaysWhichValuesToUse() {
        ScanSettings settings = valid().imageType((String) null).build();

        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("image_type");
            assertThat(p.message()).contains("private_image, shared_image or instance_image");
        });
    }

    @Test
    void anImageListTextReplacesTheImagesAndReportsEachInvalidOneByItsPosition() {
        ScanSettings settings = valid().imageList("team-a/api:1.4\nteam-a/Web:2.0").build();

        assertThat(settings.images()).extracting(ImageRef::toString).containsExactly("team-a/api:1.4", "team-a/Web:2.0");
        assertThat(fields(settings)).containsExactly("image_info_list[1]");
    }

    @Test
    void neitherImagesNorOperateAllIsAProblemOfTheImageList() {
        assertThat(fields(valid().images(List.of()).build())).containsExactly("image_info_list");
    }

    @Test
    void operateAllWithoutImagesIsValid() {
        assertThat(valid().images(List.of()).operateAll(true).build().problems()).isEmpty();
    }

    @Test
    void waitingForScanIsNotABatchScanFilter() {
        assertThat(fields(ScanSettings.builder().projectId(PROJECT).imageType("private_image").operateAll(true)
                .scanStatus("waiting_for_scan").build())).containsExactly("scan_status");
    }

    @Test
    void aLaterValidValueClearsTheProblemOfUnreadableText() {
        assertThat(valid().imageType("nope").imageType("SHARED_IMAGE").build().problems()).isEmpty();
    }

    @Test
    void timesAreReadAsEpochMillisOrIsoInstants() {
        ScanSettings settings = valid().startLatestScanTime("1718000000000").endLatestScanTime("2024-06-10T06:13:21Z").build();

        assertThat(settings.latestScanTime()).isEqualTo(new TimeRange(1718000000000L, 1718000001000L));
    }

    @Test
    void theProjectIdMustBeUrlSafeBecauseItGoesIntoThePath() {
        assertThat(fields(valid().projectId("p?x=1").build())).containsExactly("project_id");
        assertThat(fields(valid().projectId(" ").build())).containsExactly("project_id");
    }

    @Test
    void toRequestListsEveryProblemInItsMessage() {
        ScanSettings settings = ScanSettings.builder().build();

        assertThatThrownBy(settings::toRequest)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("image_type").hasMessageContaining("image_info_list").hasMessageContaining("project_id");
    }

    @Test
    void unreadableThresholdsAreAProblemOfTheGateThresholds() {
        ScanSettings settings = valid().thresholds("immediate_repair>0:failure, bogus>1").build();

        assertThat(fields(settings)).containsExactly("gate.thresholds");
        assertThat(settings.gate().thresholds()).singleElement()
                .satisfies(t -> assertThat(t.metric()).isEqualTo(FindingMetric.IMMEDIATE_REPAIR_VULNERABILITIES));
    }

    @Test
    void cveThresholdsAreValidOnEitherApiAndUnreadableOnesAreProblemsOfTheGateThresholds() {
        for (String api : List.of("batch-scan", "image-scan-tasks")) {
            ScanSettings settings = valid().api(api).thresholds("cvss>8.9, cve:CVE-2021-44228:unstable").build();
            assertThat(fields(settings)).as(api).isEmpty();
            assertThat(settings.gate().thresholds()).extracting(FindingThreshold::metric)
                    .containsExactly(FindingMetric.CVSS, FindingMetric.DENIED_CVE);
        }
        ScanSettings wrong = valid().thresholds("cvss>12; cve:log4shell").build();

        assertThat(wrong.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("gate.thresholds");
            assertThat(problem.message()).contains("cvss>12", "0 to 10", "cve:log4shell", "CVE-2021-44228");
        });
    }

    @Test
    void outcomeRulesChangeTheNamedCasesAndKeepTheThresholds() {
        ScanSettings settings = valid().thresholds("immediate_repair>0").outcomes("image_oversized=failure\ntimeout=unstable")
                .build();

        assertThat(settings.problems()).isEmpty();
        assertThat(settings.gate().outcomeFor(ScanStatus.IMAGE_OVERSIZED)).isEqualTo(Outcome.FAILURE);
        assertThat(settings.gate().onTimeout()).isEqualTo(Outcome.UNSTABLE);
        assertThat(settings.gate().onNotFound()).isEqualTo(Outcome.FAILURE);
        assertThat(settings.gate().thresholds()).hasSize(1);
    }

    @Test
    void everyUnreadableOutcomeRuleIsNamedInOneProblemOfTheGateOutcomes() {
        ScanSettings settings = valid().outcomes("failed=unstable; scanning=failure, timeout=maybe").build();

        assertThat(settings.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("gate.outcomes");
            assertThat(p.message()).contains("gate.outcomes", "scanning", "timeout=maybe");
        });
        assertThat(settings.gate().outcomeFor(ScanStatus.FAILED)).isEqualTo(Outcome.UNSTABLE);
    }

    @Test
    void readableOutcomeRulesClearTheProblem() {
        assertThat(valid().outcomes("oops").outcomes("not_found=unstable").build().problems()).isEmpty();
    }

    @Test
    void toBuilderKeepsEveryFieldAndInputProblem() {
        ScanSettings settings = valid().namespace("team-a").latestVersion(true).imageSize("oops")
                .enterpriseProjectId("all_granted_eps").build();

        assertThat(settings.toBuilder().build()).isEqualTo(settings);
    }

    @Test
    void everyFilterBesideAnImageListIsAProblemOfItsFieldThatNamesTheList() {
        ScanSettings settings = valid().namespace("team-a").imageVersion("1.25").latestVersion(true)
                .startLatestScanTime("2026-01-01T00:00:00Z").build();

        assertThat(fields(settings)).containsExactlyInAnyOrder("namespace", "image_version", "latest_version",
                "start_latest_scan_time");
        assertThat(settings.problems()).allSatisfy(problem -> assertThat(problem.message())
                .contains("operate_all", "image_info_list", "1 image(s)"));
    }

    @Test
    void theFiltersSelectAnOperateAllScanAndLatestVersionFalseFiltersNothing() {
        assertThat(ScanSettings.builder().projectId(PROJECT).imageType("private_image").operateAll(true)
                .namespace("team-a").latestVersion(true).build().problems()).isEmpty();
        assertThat(valid().latestVersion(false).build().problems()).isEmpty();
    }

    @Test
    void anImageWithoutOrganizationSaysItIsMissingRatherThanNull() {
        ScanSettings settings = valid().image("nginx:1.25").build();

        assertThat(settings.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("Image \"nginx:1.25\" has no organization").doesNotContain("null"));
    }
}
