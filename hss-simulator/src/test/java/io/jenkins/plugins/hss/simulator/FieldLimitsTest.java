package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each call refuses text fields longer than its docs allow, with HSS.0001, so a client must check
 * against the strictest call that will carry a field (sources: hss-api-detail.md §3-§4 for the
 * deprecated calls, the SDK 3.1.212 request models for the newer ones).
 */
class FieldLimitsTest {

    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        hss = HssSimulator.builder().scenario(Scenario.builder().image("team-a/nginx:1.25").build()).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    @ParameterizedTest(name = "{0}: {1} of {2} characters")
    @CsvSource({
            "/image/swr-repository?image_type=private_image, image_version, 64",
            "/image/swr-repository?image_type=private_image, image_name, 128",
            "/image/swr-repository?image_type=private_image, namespace, 256",
            "/image/swr-repository?image_type=private_image, enterprise_project_id, 256",
            "/image/x/vulnerabilities?image_type=private_image&namespace=a&image_name=b&tag_name=c, app_name, 64",
            "/image/registries/images?image_type=private_image, namespace, 128",
            "/image/registries/images?image_type=private_image, image_version, 64",
            "/image/registries?limit=10, registry_id, 64",
            "/image/tasks?type=image_scan, task_name, 256",
            "/images/vulnerabilities?type=linux_vul&handle_status=unhandled&image_type=registry, cve_id, 256"})
    void oneCharacterMoreThanTheLimitIsRefused(String call, String field, int limit) {
        HssHttp.Reply atTheLimit = http.get(http.hssPath(call + "&" + field + "=" + "a".repeat(limit)));
        HssHttp.Reply over = http.get(http.hssPath(call + "&" + field + "=" + "a".repeat(limit + 1)));

        assertThat(atTheLimit.status()).isEqualTo(200);
        assertThat(over.status()).isEqualTo(400);
        assertThat(over.json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(over.json().get("error_msg").asText()).contains(field).contains(Integer.toString(limit));
    }

    @Test
    void theVulnerabilityCallsTagNameAndNamespaceStopAt64() {
        String base = "/image/x/vulnerabilities?image_type=private_image&image_name=b";

        assertThat(http.get(http.hssPath(base + "&namespace=a&tag_name=" + "t".repeat(65))).status()).isEqualTo(400);
        assertThat(http.get(http.hssPath(base + "&tag_name=t&namespace=" + "n".repeat(65))).status()).isEqualTo(400);
        assertThat(http.get(http.hssPath("/image/" + "i".repeat(129)
                + "/vulnerabilities?image_type=private_image&image_name=b&namespace=a&tag_name=t")).status())
                .isEqualTo(400);
    }

    @Test
    void theRegistryImageListPagesFromOneTo200() {
        String call = "/image/registries/images?limit=";

        assertThat(http.get(http.hssPath(call + "1")).json().get("data_list")).hasSize(1);
        assertThat(http.get(http.hssPath(call + "0")).status()).isEqualTo(400);
        assertThat(http.get(http.hssPath(call + "201")).status()).isEqualTo(400);
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image&limit=1")).status())
                .isEqualTo(400);
    }
}
