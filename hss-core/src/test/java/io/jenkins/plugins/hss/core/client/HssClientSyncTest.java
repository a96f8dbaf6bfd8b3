package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.huaweicloud.sdk.core.utils.JsonUtils;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeRequestInfo;
import com.huaweicloud.sdk.hss.v5.model.RunImageSynchronizeResponse;
import io.jenkins.plugins.hss.core.model.ImageType;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The two sync calls on the wire: what is sent, signed as any call, and what their answers mean. */
class HssClientSyncTest {

    private MockHss hss;
    private HssClient client;

    @BeforeEach
    void start() throws Exception {
        hss = new MockHss();
        client = hss.client();
    }

    @AfterEach
    void stop() {
        client.close();
        hss.close();
    }

    @Test
    void synchronizePostsTheImageTypeAsTheSdkWritesIt() throws Exception {
        hss.answer(200, "{\"error_code\":0,\"error_description\":\"success\"}");

        SyncAnswer answer = client.synchronize(MockHss.PROJECT, ImageType.SHARED_IMAGE, "ep-1");

        RecordedRequest sent = hss.take();
        assertThat(sent.getMethod()).isEqualTo("POST");
        assertThat(sent.getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/synchronize?enterprise_project_id=ep-1");
        assertThat(sent.getBody().utf8())
                .isEqualTo(JsonUtils.toJSON(new RunImageSynchronizeRequestInfo().withImageType("shared_image")));
        assertThat(sent.getHeaders().get("Authorization")).startsWith("SDK-HMAC-SHA256 Access=");
        assertThat(answer.started()).isTrue();
    }

    @Test
    void anIntegerErrorCodeOtherThanZeroIsASyncThatDidNotStart() throws Exception {
        String body = JsonUtils.toJSON(new RunImageSynchronizeResponse().withErrorCode(1)
                .withErrorDescription("image synchronization is already in progress"));
        hss.answer(200, body);

        SyncAnswer answer = client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null);

        assertThat(answer.started()).isFalse();
        assertThat(answer.describe()).isEqualTo("error_code 1 (image synchronization is already in progress)");
        assertThat(hss.take().getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/synchronize");
    }

    @Test
    void anAnswerWithoutErrorCodeProvesNoSyncStarted() throws Exception {
        hss.answer(200, "");
        hss.answer(200, "{}");

        assertThat(client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null).started()).isFalse();
        assertThat(client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null).describe())
                .isEqualTo("an answer without error_code");
    }

    @Test
    void anAnswerThatIsNoJsonObjectIsMalformed() {
        hss.answer(200, "[1]");

        assertThatThrownBy(() -> client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null))
                .isInstanceOf(MalformedResponseException.class).hasMessageContaining("POST synchronize");
    }

    @Test
    void aRefusedSyncIsAnApiErrorWithHssWords() {
        hss.answer(403, "{\"error_code\":\"HSS.0013\",\"error_msg\":\"Insufficient permissions\"}");

        assertThatThrownBy(() -> client.synchronize(MockHss.PROJECT, ImageType.PRIVATE_IMAGE, null))
                .isInstanceOf(HssApiException.class).hasMessageContaining("HSS.0013").hasMessageContaining("Insufficient");
    }

    @Test
    void synchronizingEveryRegistryPostsSyncAllRegistries() throws Exception {
        hss.answer(200, "");

        client.synchronizeAllRegistries(MockHss.PROJECT, null);

        RecordedRequest sent = hss.take();
        assertThat(sent.getTarget()).isEqualTo("/v5/" + MockHss.PROJECT + "/image/image-sync/tasks");
        assertThat(sent.getBody().utf8()).isEqualTo("{\"sync_all_registries\":true}");
    }
}
