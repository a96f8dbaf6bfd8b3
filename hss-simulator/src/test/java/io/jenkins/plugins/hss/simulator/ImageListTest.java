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

/** {@code GET swr-repository}: every filter, paging, total_num and validation. */
class ImageListTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant MONDAY = Instant.parse("2026-02-02T00:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-02-06T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        hss = HssSimulator.builder().clock(clock).scenario(scenario(NameMatching.FUZZY)).start();
        http = HssHttp.withToken(hss);
    }

    private static Scenario scenario(NameMatching matching) {
        return Scenario.builder().nameMatching(matching)
                .image("team-a/nginx:1.25", image -> image.size(300).updatedAt(FRIDAY).previouslyScanned(FRIDAY)
                        .vulnerabilities(Vulnerability.of("CVE-1", RepairNecessity.DELAY_REPAIR, "zlib", "1")))
                .image("team-a/nginx:1.24", image -> image.size(200).updatedAt(MONDAY).latestVersion(false)
                        .previouslyScanned(MONDAY).unsafeSettings(2))
                .image("team-a/nginx-exporter:0.1", image -> image.size(100).updatedAt(MONDAY).maliciousFiles(1)
                        .previouslyScanned(MONDAY))
                .image("team-b/redis:7", image -> image.size(400).updatedAt(FRIDAY))
                .image("team-b/redis:7", image -> image.sharedBy("partner"))
                .image("team-c/billing:2", image -> image.enterpriseProject("ep-1"))
                .image("team-c/ledger:2", image -> image.instance("inst-1", "swr-enterprise"))
                .build();
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssHttp.Reply list(String query) {
        return http.get(http.hssPath("/image/swr-repository?image_type=private_image&limit=200" + query));
    }

    private List<String> refs(String query) {
        List<String> refs = new ArrayList<>();
        for (JsonNode row : list(query).json().get("data_list")) {
            refs.add(row.get("namespace").asText() + "/" + row.get("image_name").asText() + ":"
                    + row.get("image_version").asText());
        }
        return refs;
    }

    @Test
    void withoutFiltersItListsThePrivateImagesOfTheDefaultEnterpriseProjectInScenarioOrder() {
        assertThat(refs("")).containsExactly("team-a/nginx:1.25", "team-a/nginx:1.24",
                "team-a/nginx-exporter:0.1", "team-b/redis:7", "team-c/ledger:2");
        assertThat(list("").json().get("total_num").asInt()).isEqualTo(5);
    }

    @Test
    void rowsCarryTypedNumbersAndBooleansAndNoNulls() {
        JsonNode row = list("&image_version=1.25").json().get("data_list").get(0);

        assertThat(row.get("id").isIntegralNumber()).isTrue();
        assertThat(row.get("image_size").isIntegralNumber()).isTrue();
        assertThat(row.get("latest_version").isBoolean()).isTrue();
        assertThat(row.get("image_id").asText()).matches("[0-9a-f]{64}");
        assertThat(row.get("image_digest").asText()).startsWith("sha256:");
        assertThat(row.has("domain_name")).isFalse();
        assertThat(list("").body()).doesNotContain("null");
    }

    @Test
    void namesMatchFuzzilyByDefault() {
        assertThat(refs("&image_name=nginx")).containsExactly("team-a/nginx:1.25", "team-a/nginx:1.24",
                "team-a/nginx-exporter:0.1");
        assertThat(refs("&namespace=team&image_version=1.2")).containsExactly("team-a/nginx:1.25", "team-a/nginx:1.24");
    }

    @Test
    void namesMatchExactlyWhenTheScenarioSaysSo() {
        hss.close();
        hss = HssSimulator.builder().clock(clock).scenario(scenario(NameMatching.EXACT)).start();
        http = HssHttp.withToken(hss);

        assertThat(refs("&image_name=nginx")).containsExactly("team-a/nginx:1.25", "team-a/nginx:1.24");
        assertThat(refs("&namespace=team")).isEmpty();
    }

    @Test
    void emptyValuesCountAsAbsent() {
        assertThat(refs("&namespace=&image_name=&scan_status=&has_vul=")).hasSize(5);
    }

    @Test
    void latestVersionTrueKeepsOnlyLatestVersionsAndFalseKeepsAll() {
        assertThat(refs("&latest_version=true")).doesNotContain("team-a/nginx:1.24");
        assertThat(refs("&latest_version=false")).hasSize(5);
    }

    @Test
    void scanStatusSelectsByTheStatusAtTheCurrentInstant() {
        assertThat(refs("&scan_status=success")).containsExactly("team-a/nginx:1.25", "team-a/nginx:1.24",
                "team-a/nginx-exporter:0.1");
        assertThat(refs("&scan_status=unscan")).containsExactly("team-b/redis:7", "team-c/ledger:2");
    }

    @Test
    void imageSizeKeepsImagesNoLargerThanIt() {
        assertThat(refs("&image_size=200&image_name=nginx")).containsExactly("team-a/nginx:1.24", "team-a/nginx-exporter:0.1");
    }

    @Test
    void timeRangesAreInclusiveAndNeverScannedImagesMatchNoScanTimeRange() {
        String friday = Long.toString(FRIDAY.toEpochMilli());
        String monday = Long.toString(MONDAY.toEpochMilli());

        assertThat(refs("&start_latest_update_time=" + friday)).containsExactly("team-a/nginx:1.25", "team-b/redis:7");
        assertThat(refs("&end_latest_update_time=" + monday)).doesNotContain("team-a/nginx:1.25", "team-b/redis:7");
        assertThat(refs("&start_latest_scan_time=" + monday + "&end_latest_scan_time=" + monday))
                .containsExactly("team-a/nginx:1.24", "team-a/nginx-exporter:0.1");
        assertThat(refs("&end_latest_scan_time=" + friday)).doesNotContain("team-b/redis:7");
    }

    @Test
    void findingsFlagsSelectBothWays() {
        assertThat(refs("&has_vul=true")).containsExactly("team-a/nginx:1.25");
        assertThat(refs("&has_unsafe_setting=true")).containsExactly("team-a/nginx:1.24");
        assertThat(refs("&has_malicious_file=true")).containsExactly("team-a/nginx-exporter:0.1");
        assertThat(refs("&has_vul=false")).doesNotContain("team-a/nginx:1.25").hasSize(4);
    }

    @Test
    void instanceAndEnterpriseProjectSelectExactly() {
        assertThat(refs("&instance_id=inst-1")).containsExactly("team-c/ledger:2");
        assertThat(refs("&instance_name=swr-enterprise")).containsExactly("team-c/ledger:2");
        assertThat(refs("&enterprise_project_id=ep-1")).containsExactly("team-c/billing:2");
        assertThat(refs("&enterprise_project_id=all_granted_eps")).hasSize(6);
    }

    @Test
    void sharedImagesAreListedUnderTheirOwnType() {
        JsonNode shared = http.get(http.hssPath("/image/swr-repository?image_type=shared_image")).json();

        assertThat(shared.get("total_num").asInt()).isEqualTo(1);
        assertThat(shared.get("data_list").get(0).get("domain_name").asText()).isEqualTo("partner");
        assertThat(shared.get("data_list").get(0).get("shared_status").asText()).isEqualTo("effective");
    }

    @Test
    void offsetAndLimitPageThroughAStableOrderWhileTotalNumCountsAll() {
        JsonNode page = http.get(http.hssPath("/image/swr-repository?image_type=private_image&offset=3&limit=10")).json();
        JsonNode beyond = http.get(http.hssPath("/image/swr-repository?image_type=private_image&offset=10&limit=10")).json();

        assertThat(page.get("total_num").asInt()).isEqualTo(5);
        assertThat(page.get("data_list")).extracting(row -> row.get("image_name").asText()).containsExactly("redis", "ledger");
        assertThat(beyond.get("data_list")).isEmpty();
    }

    @Test
    void imageTypeIsMandatory() {
        HssHttp.Reply reply = http.get(http.hssPath("/image/swr-repository?limit=10"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(reply.json().has("request_id")).isFalse();
    }

    @Test
    void limitIsBetweenTenAndTwoHundredAndOffsetAtMostTwoMillion() {
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image&limit=9")).status()).isEqualTo(400);
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image&limit=201")).status()).isEqualTo(400);
        assertThat(list("&offset=2000001").status()).isEqualTo(400);
        assertThat(list("&offset=-1").status()).isEqualTo(400);
    }

    @Test
    void malformedValuesAreInvalidParameters() {
        assertThat(list("&latest_version=yes").json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(list("&scan_status=done").json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(list("&image_size=big").json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=docker")).status()).isEqualTo(400);
    }

    @Test
    void queryParameterOrderDoesNotMatter() {
        assertThat(http.get(http.hssPath("/image/swr-repository?limit=200&image_name=redis&image_type=private_image"))
                .json().get("total_num").asInt()).isEqualTo(1);
    }

    @Test
    void theClockMovesTheStatusFilterWithoutAnyRequest() {
        http.post(http.hssPath("/image/batch-scan"), "{\"image_type\":\"private_image\",\"operate_all\":true,\"image_name\":\"redis\"}");
        clock.advance(Duration.ofSeconds(15));

        assertThat(refs("&scan_status=scanning")).containsExactly("team-b/redis:7");
    }
}
