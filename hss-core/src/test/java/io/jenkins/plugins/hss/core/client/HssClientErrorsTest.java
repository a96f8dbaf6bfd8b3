package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.ImageType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HssClientErrorsTest {

    private static final SwrImageQuery QUERY = SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build();

    private MockHss hss;
    private HssClient client;

    @BeforeEach
    void start() throws Exception {
        hss = new MockHss();
        client = hss.clientBuilder(MockHss.KEYS).build();
    }

    @AfterEach
    void stop() {
        client.close();
        hss.close();
    }

    private HssApiException apiError() {
        return (HssApiException) org.assertj.core.api.Assertions.catchThrowable(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10));
    }

    @Test
    void anHssErrorCarriesStatusCodeMessageAndRequestId() {
        hss.answer(400, "{\"error_code\":\"HSS.0001\",\"error_msg\":\"invalid param error\"}", "X-Request-Id", "req-1");

        HssApiException error = apiError();

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.errorCode()).contains("HSS.0001");
        assertThat(error.errorMsg()).contains("invalid param error");
        assertThat(error.requestId()).contains("req-1");
        assertThat(error).hasMessage("HSS answered 400 HSS.0001 \"invalid param error\" (request id req-1)");
    }

    @Test
    void aGatewayThrottlingAnswerIsThrottled() {
        hss.answer(429, "{\"error_msg\":\"The throttling threshold has been reached\",\"error_code\":\"APIG.0308\","
                + "\"request_id\":\"r\"}");

        assertThat(apiError().isThrottled()).isTrue();
    }

    @Test
    void aKeystoneStyleErrorIsReadFromItsNestedObject() {
        hss.answer(401, "{\"error\":{\"message\":\"Authentication failed\",\"code\":401,\"title\":\"Unauthorized\"}}");

        HssApiException error = apiError();

        assertThat(error.errorCode()).contains("401");
        assertThat(error.errorMsg()).contains("Authentication failed");
        assertThat(error.isAuthFailure()).isTrue();
    }

    @Test
    void aBodyThatIsNotJsonGivesTheStatusAlone() {
        hss.answer(500, "<html>upstream broke</html>");

        HssApiException error = apiError();

        assertThat(error.errorCode()).isEmpty();
        assertThat(error).hasMessage("HSS answered 500 (request id none)");
    }

    @Test
    void truncatedJsonIsAMalformedResponseThatSaysSo() {
        hss.answer(200, "{\"total_num\":3,\"data_list\":[{\"image_id\":\"a\"},{\"image_");

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("truncated");
    }

    @Test
    void aBodyThatIsNotJsonIsAMalformedResponse() {
        hss.answer(200, "<html>maintenance</html>", "X-Request-Id", "req-9");

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(MalformedResponseException.class)
                .hasMessageContaining("not valid JSON").hasMessageContaining("req-9");
    }

    @Test
    void aPageWithoutTotalIsAMalformedResponse() {
        hss.answer(200, "{\"data_list\":[]}");

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("total_num");
    }

    @Test
    void aFieldOfTheWrongShapeIsAMalformedResponse() {
        hss.answer(200, "{\"total_num\":1,\"data_list\":[{\"vul_num\":{\"high\":1}}]}");

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("wrong type");
    }

    @Test
    void anEmptyBodyOnAListIsAMalformedResponse() {
        hss.answer(200, "");

        assertThatThrownBy(() -> client.listSwrImages(MockHss.PROJECT, QUERY, 0, 10)).isInstanceOf(MalformedResponseException.class);
    }

}
