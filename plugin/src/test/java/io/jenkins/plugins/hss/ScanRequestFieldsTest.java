package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import io.jenkins.plugins.hss.core.model.ScanFields;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The step gives the engine the same text form of a scan as the command line does. */
class ScanRequestFieldsTest {

    @Test
    void aStepGivesTheSameFieldsAsTheCommandLineOfTheSameScan() {
        ScanRequest request = new ScanRequest("private_image",
                List.of("team-a/nginx:1.25", "team-a/tools/curl:8", "team-a/app:2"), false, "", "", "", "", "",
                false, "", "", "", "", "", "all_granted_eps", "", false, true, "cn-north-4", "",
                "hss-credentials", "", List.of("immediate_repair>0:failure", "cvss>8.9"),
                List.of("timeout=unstable", "image_oversized=failure"), true, 45, 30, "2m", "5m", "",
                "image-scan-tasks", "");

        // The same map as hss-cli's ScanFieldsOptionsTest gets from the same scan's command line.
        assertThat(request.fields("0123456789abcdef0123456789abcdef"), is(ScanFields.builder()
                .put("image_type", "private_image")
                .put("image_info_list", "team-a/nginx:1.25\nteam-a/tools/curl:8\nteam-a/app:2")
                .put("project_id", "0123456789abcdef0123456789abcdef")
                .put("enterprise_project_id", "all_granted_eps")
                .put("api", "image-scan-tasks")
                .put("synchronize", "false")
                .put("gate.thresholds", "immediate_repair>0:failure\ncvss>8.9")
                .put("gate.outcomes", "timeout=unstable\nimage_oversized=failure")
                .put("gate.count_handled", "true")
                .put("wait.wait_for_results", "true")
                .put("wait.timeout", "PT45M")
                .put("wait.initial_poll_interval", "PT30S")
                .put("wait.max_poll_interval", "2m")
                .put("wait.start_grace_period", "5m")
                .build()));
    }

    @Test
    void theCredentialsAndTheConnectionAreNoFieldOfTheScan() {
        ScanRequest request = new ScanRequest("private_image", List.of("team-a/nginx:1.25"), false, "", "", "", "",
                "", false, "", "", "", "", "", "", "", true, false, "cn-north-4", "p", "hss-credentials", "ops", List.of(),
                List.of(), true, 0, 0, "", "", "", "", "");

        assertThat(request.fields("p").asMap().values(),
                everyItem(not(in(List.of("hss-credentials", "ops", "cn-north-4")))));
    }
}
