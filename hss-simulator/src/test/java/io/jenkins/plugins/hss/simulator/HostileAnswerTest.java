package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hostile faults: the request is served as usual, then its answer is lost, cut or made nonsense. */
class HostileAnswerTest {

    private static final String LIST = "/image/swr-repository?image_type=private_image&limit=10";
    private static final String TRIGGER = "{\"image_type\":\"private_image\",\"image_info_list\":"
            + "[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}]}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T00:00:00Z"));
    private HssSimulator hss;
    private HssHttp http;

    @BeforeEach
    void start() {
        hss = HssSimulator.builder().clock(clock).scenario(Scenario.builder()
                .startDelay(Duration.ZERO).scanDuration(Duration.ofSeconds(10))
                .image("team-a/nginx:1.25", image -> image.vulnerabilities(
                        Vulnerability.of("CVE-1", RepairNecessity.IMMEDIATE_REPAIR, "openssl", "3.0.1")))
                .image("team-a/redis:7.2")
                .build()).start();
        http = HssHttp.withToken(hss);
    }

    @AfterEach
    void stop() {
        hss.close();
    }

    private JsonNode list() {
        HssHttp.Reply reply = http.get(http.hssPath(LIST));
        assertThat(reply.status()).isEqualTo(200);
        return reply.json();
    }

    private String scanStatus() {
        return list().get("data_list").get(0).get("scan_status").asText();
    }

    @Test
    void aTriggerServedThenAnswered500IsExecuted() {
        hss.faults().next(Endpoint.BATCH_SCAN, Fault.servedThenError(500));

        HssHttp.Reply reply = http.post(http.hssPath("/image/batch-scan"), TRIGGER);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.json().get("error_code").asText()).isEqualTo("APIG.0201");
        clock.advance(Duration.ofSeconds(1));
        assertThat(scanStatus()).as("the scan started all the same").isEqualTo("scanning");
    }

    @Test
    void aTriggerServedThenDroppedIsExecutedAndGetsNoAnswer() throws IOException {
        hss.faults().next(Endpoint.BATCH_SCAN, Fault.servedThenDropped());

        assertThat(rawExchange("POST", http.hssPath("/image/batch-scan"), TRIGGER)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(scanStatus()).isEqualTo("scanning");
    }

    @Test
    void aCutBodyAnnouncesItsLengthAndEndsHalfway() throws IOException {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.cutMidBody());

        String answer = rawExchange("GET", http.hssPath(LIST), "");

        int announced = Integer.parseInt(answer.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(body.length()).isEqualTo(announced / 2);
        assertThat(list().get("total_num").asInt()).as("the next answer is whole").isEqualTo(2);
    }

    @Test
    void anEchoedRequestCarriesEveryHeaderInItsErrorMessage() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.echoRequest(400));

        HssHttp.Reply reply = http.get(http.hssPath(LIST));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_msg").asText()).contains("X-Auth-Token: MII");
    }

    @Test
    void rowFieldsCanBeSetRemovedAndReplaced() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.setInRows(Map.of("vul_num", -5, "malicious_file_num", -1)));
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.removeFromRows("vul_num"));
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.replaceInRows("scan_status", "unscan", "quarantined"));

        JsonNode negative = list().get("data_list").get(0);
        assertThat(negative.get("vul_num").asInt()).isEqualTo(-5);
        assertThat(negative.get("malicious_file_num").asInt()).isEqualTo(-1);
        assertThat(list().get("data_list").get(0).has("vul_num")).isFalse();
        assertThat(list().get("data_list")).extracting(row -> row.get("scan_status").asText())
                .containsExactly("quarantined", "quarantined");
    }

    @Test
    void duplicatedRowsComeInTheOrderAsked() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.duplicateRows("scan_status", "failed", true));
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.duplicateRows("scan_status", "failed", false));

        assertThat(list().get("data_list")).extracting(row -> row.get("scan_status").asText())
                .containsExactly("failed", "unscan", "failed", "unscan");
        assertThat(list().get("data_list")).extracting(row -> row.get("scan_status").asText())
                .containsExactly("unscan", "failed", "unscan", "failed");
    }

    @Test
    void aListCanLoseItsRowsOrTheirArray() {
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.noRows());
        hss.faults().next(Endpoint.LIST_SWR_IMAGES, Fault.dataListNotArray());

        JsonNode empty = list();
        assertThat(empty.get("total_num").asInt()).isZero();
        assertThat(empty.get("data_list")).isEmpty();
        assertThat(list().get("data_list").isObject()).isTrue();
    }

    @Test
    void endlessPagesShowTheFirstPageAtEveryOffset() {
        hss.faults().always(Endpoint.LIST_SWR_IMAGES, Fault.endlessPages());

        List<JsonNode> pages = new ArrayList<>();
        for (int offset : new int[] {0, 10, 5_000}) {
            pages.add(http.get(http.hssPath(LIST + "&offset=" + offset)).json());
        }

        assertThat(pages).allSatisfy(page -> assertThat(page.get("total_num").asInt()).isEqualTo(Integer.MAX_VALUE));
        assertThat(pages).extracting(page -> page.get("data_list")).containsOnly(pages.get(0).get("data_list"));
        assertThat(pages.get(0).get("data_list")).hasSize(2);
    }

    @Test
    void anAlwaysFaultLastsUntilCleared() {
        hss.faults().always(Endpoint.LIST_SWR_IMAGES, Fault.status(500));

        for (int i = 0; i < 5; i++) {
            assertThat(http.get(http.hssPath(LIST)).status()).isEqualTo(500);
        }
        hss.faults().clear();
        assertThat(http.get(http.hssPath(LIST)).status()).isEqualTo(200);
    }

    @Test
    void aHostilePresetInstallsItsFaults() {
        hss.faults().hostile(Hostility.NEGATIVE_COUNTS);

        assertThat(list().get("data_list")).allSatisfy(row -> assertThat(row.get("vul_num").asInt()).isEqualTo(-5));
        assertThat(Hostility.fromKey("negative-counts")).contains(Hostility.NEGATIVE_COUNTS);
    }

    @Test
    void theAdminEndpointPlansHostileModesAndFaultsThatLast() {
        HssHttp admin = HssHttp.anonymous(hss);
        assertThat(admin.post("/_sim/faults?hostile=vul-num-missing", "").status()).isEqualTo(200);
        assertThat(list().get("data_list").get(0).has("vul_num")).isFalse();
        admin.send("DELETE", "/_sim/faults", "");

        assertThat(admin.post("/_sim/faults?endpoint=list_swr_images&fault=set_in_rows&field=vul_num&value=-5&times=always", "")
                .status()).isEqualTo(200);
        assertThat(list().get("data_list").get(0).get("vul_num").asInt()).isEqualTo(-5);
        assertThat(list().get("data_list").get(0).get("vul_num").asInt()).isEqualTo(-5);
        assertThat(admin.post("/_sim/faults?hostile=friendly", "").status()).isEqualTo(400);
    }

    /** One request on a raw socket; everything the server wrote before it closed the connection. */
    private String rawExchange(String method, String path, String body) throws IOException {
        String token = HssHttp.token(hss, HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD);
        try (Socket socket = new Socket("127.0.0.1", hss.port())) {
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
