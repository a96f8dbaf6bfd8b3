package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SWR Enterprise images ({@code instance_image}, with {@code instance_id}/{@code instance_url} on
 * rows and in batch-scan items) and handled vulnerabilities ({@code handle_status}, SDK 3.1.212).
 */
class EnterpriseAndHandledTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final String INSTANCE_LIST = "/image/swr-repository?image_type=instance_image";

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder()
                .image("finance/ledger:3.1", image -> image.type(ImageType.INSTANCE_IMAGE).instance("inst-1", "swr-ee-1")
                        .vulnerabilities(Vulnerability.of("CVE-2025-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3"),
                                Vulnerability.of("CVE-2025-2", RepairNecessity.DELAY_REPAIR, "zlib", "1"))
                        .handled("CVE-2025-1")
                        .previouslyScanned(START.minus(Duration.ofDays(1))))
                .image("finance/ledger:3.1", image -> image.type(ImageType.INSTANCE_IMAGE).instance("inst-2", "swr-ee-2"))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private JsonNode rows(String query) {
        return http.get(http.hssPath(INSTANCE_LIST + query)).json().get("data_list");
    }

    private List<String> scanningInstances() {
        clock.advance(Duration.ofSeconds(10));
        List<String> instances = new ArrayList<>();
        rows("&scan_status=scanning").forEach(row -> instances.add(row.get("instance_id").asText()));
        return instances;
    }

    private HssHttp.Reply scan(String item) {
        return http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"instance_image\",\"image_info_list\":[{"
                + "\"namespace\":\"finance\",\"image_name\":\"ledger\",\"image_version\":\"3.1\"" + item + "}]}");
    }

    @Test
    void oneTagInTwoInstancesIsTwoImagesWithTheirInstanceAndDownloadUrl() {
        JsonNode rows = rows("");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("instance_id").asText()).isEqualTo("inst-1");
        assertThat(rows.get(0).get("instance_name").asText()).isEqualTo("swr-ee-1");
        assertThat(rows.get(0).get("instance_url").asText()).isEqualTo("swr.inst-1.example/finance/ledger:3.1");
        assertThat(rows.get(0).get("image_id").asText()).isNotEqualTo(rows.get(1).get("image_id").asText());
        assertThat(rows("&instance_name=swr-ee-2")).singleElement()
                .satisfies(row -> assertThat(row.get("instance_id").asText()).isEqualTo("inst-2"));
    }

    @Test
    void aBatchScanItemScansTheImageOfTheInstanceItNames() {
        assertThat(scan(",\"instance_id\":\"inst-2\",\"instance_url\":\"swr.inst-2.example/finance/ledger:3.1\"").status())
                .isEqualTo(200);
        assertThat(scanningInstances()).containsExactly("inst-2");
    }

    @Test
    void anItemWithoutItsInstanceOrWithAnotherUrlNamesNoEnterpriseImage() {
        scan("");
        scan(",\"instance_id\":\"inst-1\",\"instance_url\":\"swr.inst-2.example/finance/ledger:3.1\"");

        assertThat(scanningInstances()).isEmpty();
    }

    @Test
    void vulnerabilitiesOfAnEnterpriseImageAcceptItsInstanceAndRefuseAnother() {
        String imageId = rows("&instance_id=inst-1").get(0).get("image_id").asText();
        String query = "/image/" + imageId + "/vulnerabilities?image_type=instance_image&namespace=finance"
                + "&image_name=ledger&tag_name=3.1";

        assertThat(http.get(http.hssPath(query)).json().get("total_num").asInt()).isEqualTo(2);
        assertThat(http.get(http.hssPath(query + "&instance_id=inst-1")).json().get("total_num").asInt()).isEqualTo(2);
        assertThat(http.get(http.hssPath(query + "&instance_id=inst-2")).json().get("total_num").asInt()).isZero();
    }

    @Test
    void handleStatusSelectsTheHandledOrTheOtherVulnerabilities() {
        String imageId = rows("&instance_id=inst-1").get(0).get("image_id").asText();
        String query = "/image/" + imageId + "/vulnerabilities?image_type=instance_image&namespace=finance"
                + "&image_name=ledger&tag_name=3.1&handle_status=";

        JsonNode handled = http.get(http.hssPath(query + "handled")).json();
        JsonNode unhandled = http.get(http.hssPath(query + "unhandled")).json();
        HssHttp.Reply unknown = http.get(http.hssPath(query + "ignored"));

        assertThat(handled.get("data_list")).singleElement()
                .satisfies(vul -> assertThat(vul.get("vul_id").asText()).isEqualTo("CVE-2025-1"));
        assertThat(unhandled.get("data_list")).singleElement()
                .satisfies(vul -> assertThat(vul.get("vul_id").asText()).isEqualTo("CVE-2025-2"));
        // SDK 3.1.212 ImageVulInfo has no handle_status field: the rows do not carry it.
        assertThat(handled.get("data_list").get(0).has("handle_status")).isFalse();
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error_code").asText()).isEqualTo("HSS.0001");
    }

    @Test
    void anInstanceImageNeedsItsInstance() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioImage.builder("a/b:1")
                .type(ImageType.INSTANCE_IMAGE).build()).hasMessageContaining("instance");
    }
}
