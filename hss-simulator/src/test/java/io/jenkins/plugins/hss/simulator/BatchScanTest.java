package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code POST batch-scan}: the service's validation and which images a request starts scanning. */
class BatchScanTest {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        Scenario scenario = Scenario.builder()
                .image("team-a/nginx:1.25", image -> image.size(500).previouslyScanned(START.minus(Duration.ofDays(1))))
                .image("team-a/nginx:1.24", image -> image.latestVersion(false).size(100))
                .image("team-b/redis:7", image -> image.size(100).updatedAt(Instant.parse("2025-06-01T00:00:00Z")))
                .build();
        hss = HssSimulator.builder().clock(clock).scenario(scenario).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private HssHttp.Reply scan(String body) {
        return http.post(http.hssPath("/image/batch-scan"), body);
    }

    private int scanning() {
        clock.advance(Duration.ofSeconds(10));
        return http.get(http.hssPath("/image/swr-repository?image_type=private_image&scan_status=scanning"))
                .json().get("total_num").asInt();
    }

    @Test
    void aListedImageIsAcceptedWithAnEmptyBody() {
        HssHttp.Reply reply = scan("{\"image_type\":\"private_image\",\"image_info_list\":"
                + "[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.header("X-Request-Id")).hasSize(32);
        assertThat(scanning()).isEqualTo(1);
    }

    @Test
    void everyResponseCarriesTheGatewaysDateOnTheSimulatedClock() {
        clock.advance(Duration.ofSeconds(5).plusMillis(700));

        HssHttp.Reply reply = scan("{\"image_type\":\"private_image\",\"image_info_list\":"
                + "[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}");

        assertThat(reply.header("Date")).isEqualTo("Sun, 01 Mar 2026 00:00:05 GMT");
    }

    @Test
    void imageTypeIsMandatory() {
        HssHttp.Reply reply = scan("{\"image_info_list\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("HSS.0001");
        assertThat(reply.json().get("error_msg").asText()).contains("image_type");
    }

    @Test
    void withoutOperateAllTheImageListMustNotBeEmpty() {
        assertThat(scan("{\"image_type\":\"private_image\"}").status()).isEqualTo(400);
        assertThat(scan("{\"image_type\":\"private_image\",\"operate_all\":false,\"image_info_list\":[]}").status()).isEqualTo(400);
    }

    @Test
    void anItemWithoutItsTagIsAcceptedAsTheDocsMakeItOptionalButNamesNoImage() {
        HssHttp.Reply reply = scan("{\"image_type\":\"private_image\",\"image_info_list\":"
                + "[{\"namespace\":\"team-a\",\"image_name\":\"nginx\"},{\"image_name\":\"redis\",\"image_version\":\"7\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(scanning()).isZero();
    }

    @Test
    void itemFieldsOfTheWrongTypeAreInvalid() {
        assertThat(scan("{\"image_type\":\"private_image\",\"image_info_list\":[{\"namespace\":1,"
                + "\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}").json().get("error_code").asText())
                .isEqualTo("HSS.0001");
    }

    @Test
    void theDeprecatedRepoTypeIsIgnoredWithinItsDocumentedLength() {
        String item = ",\"image_info_list\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}";

        assertThat(scan("{\"image_type\":\"private_image\",\"repo_type\":\"Harbor\"" + item).status()).isEqualTo(200);
        assertThat(scan("{\"image_type\":\"private_image\",\"repo_type\":\"" + "x".repeat(33) + "\"" + item)
                .json().get("error_msg").asText()).contains("repo_type");
        assertThat(scanning()).isEqualTo(1);
    }

    @Test
    void operateAllWithAListScansWhatTheFiltersSelectAndIgnoresTheList() {
        scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"namespace\":\"team-b\",\"image_info_list\":"
                + "[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}");

        assertThat(scanning()).isEqualTo(1);
        assertThat(http.get(http.hssPath("/image/swr-repository?image_type=private_image&scan_status=scanning"))
                .json().get("data_list").get(0).get("namespace").asText()).isEqualTo("team-b");
    }

    @Test
    void filterNamesLongerThanTheDocumentedLimitAreRefused() {
        HssHttp.Reply reply = scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"image_version\":\""
                + "v".repeat(257) + "\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_msg").asText()).contains("image_version").contains("256");
    }

    @Test
    void aBodyThatIsNotJsonCannotBeParsed() {
        assertThat(scan("image_type=private_image").json().get("error_code").asText()).isEqualTo("HSS.0002");
    }

    @Test
    void fieldsOfTheWrongTypeAreInvalid() {
        assertThat(scan("{\"image_type\":\"private_image\",\"operate_all\":\"true\"}").status()).isEqualTo(400);
        assertThat(scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"image_size\":\"5\"}").status()).isEqualTo(400);
    }

    @Test
    void unknownImagesInTheListAreSkippedSilently() {
        HssHttp.Reply reply = scan("{\"image_type\":\"private_image\",\"image_info_list\":"
                + "[{\"namespace\":\"team-z\",\"image_name\":\"ghost\",\"image_version\":\"1\"}]}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(scanning()).isZero();
    }

    @Test
    void operateAllScansEveryImageOfTheType() {
        assertThat(scan("{\"image_type\":\"private_image\",\"operate_all\":true}").status()).isEqualTo(200);
        assertThat(scanning()).isEqualTo(3);
    }

    @Test
    void operateAllHonoursTheNameFilters() {
        scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"namespace\":\"team-a\",\"image_version\":\"1.24\"}");
        assertThat(scanning()).isEqualTo(1);
    }

    @Test
    void operateAllHonoursStatusSizeVersionAndTimeFilters() {
        scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"scan_status\":\"unscan\",\"latest_version\":true,"
                + "\"image_size\":100,\"end_latest_update_time\":" + Instant.parse("2025-12-31T00:00:00Z").toEpochMilli() + "}");
        assertThat(scanning()).isEqualTo(1);
    }

    @Test
    void operateAllHonoursTheScanTimeRange() {
        scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"start_latest_scan_time\":"
                + START.minus(Duration.ofDays(2)).toEpochMilli() + "}");
        assertThat(scanning()).isEqualTo(1);
    }

    @Test
    void operateAllIgnoresFieldsTheBatchScanDoesNotDocument() {
        scan("{\"image_type\":\"private_image\",\"operate_all\":true,\"has_vul\":true}");
        assertThat(scanning()).isEqualTo(3);
    }

    @Test
    void aChunkedBodyIsAccepted() throws IOException {
        String body = "{\"image_type\":\"private_image\",\"operate_all\":true}";
        String request = "POST " + http.hssPath("/image/batch-scan") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Auth-Token: " + HssHttp.token(hss, HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD) + "\r\n"
                + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(10) + "\r\n" + body.substring(0, 10) + "\r\n"
                + Integer.toHexString(body.length() - 10) + "\r\n" + body.substring(10) + "\r\n0\r\n\r\n";
        try (Socket socket = new Socket("127.0.0.1", hss.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            assertThat(response.toString(StandardCharsets.UTF_8)).startsWith("HTTP/1.1 200 OK");
        }
        assertThat(scanning()).isEqualTo(3);
    }
}
