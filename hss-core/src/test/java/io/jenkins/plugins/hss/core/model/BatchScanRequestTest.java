package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BatchScanRequestTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    @Test
    void serialisesAListScanExactlyAsTheSdkDoes() {
        BatchScanRequest request = ScanSettings.builder().projectId(PROJECT).image("team-a/nginx:1.25")
                .operateAll(false).imageType("private_image").build().toRequest();

        assertThat(new String(request.toJson(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"image_info_list\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}],"
                        + "\"operate_all\":false,\"image_type\":\"private_image\"}");
    }

    @Test
    void serialisesAFilterScanWithoutTheProjectOrUnsetFields() {
        BatchScanRequest request = ScanSettings.builder().projectId(PROJECT).enterpriseProjectId("0").operateAll(true)
                .imageType("shared_image").scanStatus("unscan").latestVersion(true).build().toRequest();

        assertThat(new String(request.toJson(), StandardCharsets.UTF_8))
                .isEqualTo("{\"operate_all\":true,\"image_type\":\"shared_image\",\"scan_status\":\"unscan\",\"latest_version\":true}");
    }
}
