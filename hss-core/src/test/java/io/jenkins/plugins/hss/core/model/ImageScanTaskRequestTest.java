package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The body of CreateManualImageScanTask as the SDK 3.1.212 models would write it (snake_case,
 * their field order, unset fields omitted), and every request HSS would refuse, ignore or read as
 * "nothing" refused before it is sent, naming the field and the fix.
 */
class ImageScanTaskRequestTest {

    private static final ImageScanTarget NGINX = new ImageScanTarget(7L, "img-1", "sha256:ab", "swr-private",
            "SWR private", "nginx", "1.25", "team-a", "inst-1", "https://swr.example/team-a/nginx:1.25", "SwrPrivate");

    private static String json(ImageScanTaskRequest request) {
        return new String(request.toJson(), StandardCharsets.UTF_8);
    }

    @Test
    void aListedTaskWritesEveryFieldInTheModelsOrder() {
        ImageScanTaskRequest request = ImageScanTaskRequest.of(List.of(NGINX))
                .scanScope(Set.of(ScanScope.VULNERABILITIES, ScanScope.MALWARE)).rateLimit(100)
                .enterpriseProjectId("ep-1").build();

        assertThat(json(request)).isEqualTo("{\"scan_scope\":986880,\"rate_limit\":100,\"is_all\":false,"
                + "\"image_info\":[{\"id\":7,\"image_id\":\"img-1\",\"image_digest\":\"sha256:ab\","
                + "\"registry_id\":\"swr-private\",\"registry_name\":\"SWR private\",\"image_name\":\"nginx\","
                + "\"image_version\":\"1.25\",\"namespace\":\"team-a\",\"instance_id\":\"inst-1\","
                + "\"instance_url\":\"https://swr.example/team-a/nginx:1.25\",\"registry_type\":\"SwrPrivate\"}]}");
        assertThat(request.enterpriseProjectId()).isEqualTo("ep-1");
    }

    @Test
    void aSelectingTaskWritesItsQueryInfoAndLeavesUnsetFieldsOut() {
        ImageScanSelection selection = ImageScanSelection.builder().hasVul(true).namespace("team-a").imageName("nginx")
                .imageVersion("1.25").imageType(RegistryImageType.HARBOR).scanStatus(ScanStatus.SUCCESS).imageSize(5L)
                .latestUpdateTime(new TimeRange(1L, 2L)).latestScanTime(new TimeRange(3L, 4L)).build();

        assertThat(json(ImageScanTaskRequest.selecting(selection).build())).isEqualTo("{\"is_all\":true,\"query_info\":{"
                + "\"has_vul\":true,\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\","
                + "\"image_type\":\"harbor\",\"scan_status\":\"success\",\"image_size\":5,\"start_latest_update_time\":1,"
                + "\"end_latest_update_time\":2,\"start_latest_scan_time\":3,\"end_latest_scan_time\":4}}");
        assertThat(json(ImageScanTaskRequest.selecting(ImageScanSelection.all()).scanScope(ScanScope.ALL).build()))
                .isEqualTo("{\"scan_scope\":2147483647,\"is_all\":true,\"query_info\":{}}");
    }

    @Test
    void anItemFromARowOfTheRegistryImageListNamesItByEveryFieldTheRowGives() {
        RegistryImage row = new RegistryImage(7L, "team-a", "nginx", "img-1", "sha256:ab", "1.25", "harbor", "harbor-1",
                "team harbor", "Harbor", true, "success", null, null, 1L, 2L, 3L, 4L, 0, 0, 0, null, null, true, false,
                null, null, null, "Security", null);

        assertThat(ImageScanTarget.of(row)).isEqualTo(new ImageScanTarget(7L, "img-1", "sha256:ab", "harbor-1",
                "team harbor", "nginx", "1.25", "team-a", null, null, "Harbor"));
    }

    @Test
    void aTaskWithNeitherImagesNorIsAllScansNothingAndIsRefused() {
        assertThatThrownBy(() -> ImageScanTaskRequest.of(List.of()).build())
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("Nothing to scan: list images in image_info or set is_all=true");
    }

    @Test
    void isAllBesideAnImageListAndAQueryInfoBesideAListAreContradictions() {
        assertThat(ProblemFields.of(() -> new ImageScanTaskRequest(null, null, true, null, List.of(NGINX), null)))
                .containsExactly("is_all");
        assertThatThrownBy(() -> new ImageScanTaskRequest(null, null, true, null, List.of(NGINX), null))
                .hasMessageContaining("is_all=true and an image list (image_info, 1 image(s)) contradict each other: "
                        + "remove the list or set is_all to false.");
        assertThat(ProblemFields.of(() -> new ImageScanTaskRequest(null, null, false, ImageScanSelection.all(),
                List.of(NGINX), null))).containsExactly("query_info");
    }

    @Test
    void anItemThatNamesNoImageIsRefusedWithItsIndexAndTheFix() {
        ImageScanTarget digestOnly = new ImageScanTarget(null, null, "sha256:ab", null, null, "nginx", null, "team-a",
                null, null, null);

        assertThatThrownBy(() -> ImageScanTaskRequest.of(List.of(NGINX, digestOnly)).build())
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("image_info[1] names no image: give its id, its image_id, or its namespace, "
                        + "image_name and image_version");
        ImageScanTaskRequest.of(List.of(new ImageScanTarget(null, null, null, null, null, "nginx", "1.25", "team-a",
                null, null, null))).build();
    }

    @Test
    void scanScopeMustBeEverythingOrASumOfTheDocumentedKinds() {
        assertThat(ProblemFields.of(() -> ImageScanTaskRequest.of(List.of(NGINX)).scanScope(Set.of()).build()))
                .as("none: a scan that looks for nothing proves nothing").containsExactly("scan_scope");
        assertThat(ProblemFields.of(() -> ImageScanTaskRequest.of(List.of(NGINX)).scanScope(0x00010000).build()))
                .as("part of a nibble group").containsExactly("scan_scope");
        assertThatThrownBy(() -> ImageScanTaskRequest.of(List.of(NGINX)).scanScope(-1).build())
                .hasMessageContaining("use 2147483647 (0x7fffffff, everything) or a sum of 0x000f0000 (vulnerabilities)");
        ImageScanTaskRequest.of(List.of(NGINX)).scanScope(0x000fffff).build();
    }

    @Test
    void everyBoundIsCheckedAndEveryProblemReportedAtOnce() {
        ImageScanSelection selection = ImageScanSelection.builder().namespace("n".repeat(257))
                .scanStatus(ScanStatus.WAITING_FOR_SCAN).imageSize(-1L).latestScanTime(new TimeRange(5L, 4L)).build();

        assertThat(ProblemFields.of(() -> ImageScanTaskRequest.selecting(selection).rateLimit(1001)
                .enterpriseProjectId("e".repeat(257)).build())).containsExactlyInAnyOrder("rate_limit",
                "enterprise_project_id", "query_info.namespace", "query_info.image_size",
                "query_info.start_latest_scan_time", "query_info.scan_status");
        assertThatThrownBy(() -> ImageScanTaskRequest.selecting(selection).build())
                .hasMessageContaining("query_info.namespace has 257 characters, but CreateManualImageScanTask takes at most 256")
                .hasMessageContaining("query_info.scan_status \"waiting_for_scan\" is not a value CreateManualImageScanTask takes");
        ImageScanTaskRequest.of(List.of(NGINX)).rateLimit(0).build();
    }

    @Test
    void blankTextsAreAbsentAsHssReadsThem() {
        ImageScanTarget blank = new ImageScanTarget(7L, " ", "", null, null, null, null, null, null, null, null);

        assertThat(json(ImageScanTaskRequest.of(List.of(blank)).enterpriseProjectId(" ").build()))
                .isEqualTo("{\"is_all\":false,\"image_info\":[{\"id\":7}]}");
    }
}
