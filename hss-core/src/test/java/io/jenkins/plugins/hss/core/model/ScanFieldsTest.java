package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScanFieldsTest {

    /** Settings with every field of the form set, each away from its default where it has one. */
    private static ScanSettings everyField() {
        return ScanSettings.builder()
                .imageType("instance_image")
                .imageReferences(List.of("team-a/nginx:1.25", "team-a/tools/curl:8"))
                .operateAll(false)
                .repoType("SWR")
                .namespace("team-a")
                .imageName("nginx")
                .imageVersion("1.25")
                .scanStatus("failed")
                .latestVersion(true)
                .imageSize("1048576")
                .startLatestUpdateTime("2024-06-01T00:00:00Z")
                .endLatestUpdateTime("1718000000000")
                .startLatestScanTime("1717000000000")
                .endLatestScanTime("2024-06-10T06:13:20Z")
                .projectId("0123456789abcdef0123456789abcdef")
                .enterpriseProjectId("all_granted_eps")
                .instanceId("instance-1")
                .api("image-scan-tasks")
                .registry("harbor-prod")
                .synchronize(false)
                .thresholds("immediate_repair>0:failure\ntotal:vulnerabilities>50:unstable\ncvss>8.9\n"
                        + "cve:CVE-2021-44228:unstable")
                .outcomes("image_oversized=failure\ntimeout=unstable\nnot_found=unstable\nnot_started=success")
                .countHandled(true)
                .waitOptions(WaitOptions.builder().waitForResults(false).build())
                .timeout("45m")
                .pollInterval("20s")
                .maxPollInterval("2m")
                .startGracePeriod("90s")
                .build();
    }

    @Test
    void settingsWithEveryFieldComeBackEqualFromTheirTextForm() {
        ScanSettings settings = everyField();
        assertThat(settings.inputProblems()).isEmpty();

        ScanFields fields = settings.fields();

        assertThat(fields.asMap().keySet()).containsExactlyElementsOf(ScanFields.names());
        assertThat(ScanSettings.builder().fields(fields).build()).isEqualTo(settings);
    }

    @Test
    void defaultSettingsComeBackEqualFromTheirTextForm() {
        ScanSettings settings = ScanSettings.builder().imageType("private_image").image("team-a/nginx:1.25").build();

        assertThat(ScanSettings.builder().fields(settings.fields()).build()).isEqualTo(settings);
    }

    @Test
    void theFormWritesFlagsListsAndDurationsAsAUserReadsThem() {
        Map<String, String> texts = everyField().fields().asMap();

        assertThat(texts).containsEntry("image_info_list", "team-a/nginx:1.25\nteam-a/tools/curl:8")
                .containsEntry("operate_all", "false")
                .containsEntry("synchronize", "false")
                .containsEntry("gate.count_handled", "true")
                .containsEntry("wait.wait_for_results", "false")
                .containsEntry("wait.timeout", "PT45M")
                .containsEntry("start_latest_update_time", "1717200000000")
                .containsEntry("api", "image-scan-tasks");
        assertThat(texts.get("gate.outcomes")).contains("image_oversized=failure", "timeout=unstable",
                "not_started=success", "success=success");
    }

    @Test
    void aNameThatIsNoFieldIsAProblemOfThatNameListingTheNames() {
        ScanSettings settings = ScanSettings.builder()
                .fields(ScanFields.of(Map.of("image_type", "private_image", "image_info_list", "team-a/nginx:1.25",
                        "project_id", "0123456789abcdef0123456789abcdef", "imageType", "shared_image")))
                .build();

        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("imageType");
            assertThat(problem.message()).contains("imageType", "image_type, image_info_list, operate_all",
                    "wait.start_grace_period");
        });
    }

    @Test
    void aFlagThatIsNeitherTrueNorFalseIsAProblemOfItsField() {
        ScanSettings settings = ScanSettings.builder().fields(ScanFields.of(Map.of("operate_all", "yes"))).build();

        assertThat(settings.inputProblems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("operate_all");
            assertThat(problem.message()).contains("\"yes\"", "true or false");
        });
    }

    @Test
    void aLineOfTheImageListIsOneReferenceAsWritten() {
        ScanSettings settings = ScanSettings.builder()
                .fields(ScanFields.of(Map.of("image_info_list", "team-a/a:1, team-a/b:2\nteam-a/c:3"))).build();

        assertThat(settings.images()).extracting(ImageRef::toString)
                .containsExactly("team-a/a:1, team-a/b:2", "team-a/c:3");
    }

    @Test
    void blankTextsAreNoValueAndTheFormKeepsItsOrder() {
        ScanFields fields = ScanFields.builder().put("wait.timeout", "30m").put("namespace", " ")
                .put("image_type", "private_image").put("unknown", "x").put("gate.thresholds", List.of()).build();

        assertThat(fields.asMap().keySet()).containsExactly("image_type", "wait.timeout", "unknown");
    }

    /**
     * What the Jenkins step hands over, typed (booleans, lists, whole minutes and seconds) as the
     * step sent it to the setters before, reads the same as the text it now writes at its one place.
     */
    @Test
    void typedValuesAndTheirTextReadTheSame() {
        ScanSettings typed = ScanSettings.builder().imageType("private_image")
                .imageReferences(List.of("team-a/nginx:1.25")).operateAll(null).latestVersion(true)
                .synchronize(false).countHandled(true)
                .waitOptions(WaitOptions.defaults().toBuilder().waitForResults(false)
                        .timeout(Duration.ofMinutes(-5)).initialPollInterval(Duration.ofSeconds(30)).build())
                .build();

        ScanSettings text = ScanSettings.builder().fields(ScanFields.builder().put("image_type", "private_image")
                .put("image_info_list", List.of("team-a/nginx:1.25")).put("latest_version", true)
                .put("synchronize", false).put("gate.count_handled", true).put("wait.wait_for_results", false)
                .put("wait.timeout", Duration.ofMinutes(-5).toString())
                .put("wait.initial_poll_interval", Duration.ofSeconds(30).toString()).build()).build();

        assertThat(text).isEqualTo(typed);
        assertThat(text.problems()).isEqualTo(typed.problems());
    }
}
