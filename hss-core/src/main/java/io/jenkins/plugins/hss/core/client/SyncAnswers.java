package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.HssJson;
import io.jenkins.plugins.hss.core.model.ImageType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Response;

/** Reads RunImageSynchronize's 200 answer, whose {@code error_code} is a field of success too. */
final class SyncAnswers {

    private SyncAnswers() {
    }

    /** RunImageSynchronize's body: {@code {"image_type": ...}}. */
    static byte[] body(ImageType imageType) {
        ObjectNode body = HssJson.mapper().createObjectNode().put("image_type", imageType.wireName());
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    static SyncAnswer read(String call, Response response, Redactor redactor) throws HssException {
        try (response) {
            byte[] body = response.body().bytes();
            if (body.length == 0) {
                return new SyncAnswer(null, null);
            }
            SyncAnswer answer = HssJson.mapper().readValue(body, SyncAnswer.class);
            if (answer == null) {
                return new SyncAnswer(null, null);
            }
            return new SyncAnswer(answer.errorCode(), redactor.redact(answer.errorDescription(), response.request()));
        } catch (JsonProcessingException e) {
            String problem = redactor.redact(e.getOriginalMessage(), response.request());
            throw new MalformedResponseException(call, response.code(), response.header("X-Request-Id"),
                    EngineMessages.format("response.not_json", problem), null);
        } catch (IOException e) {
            throw new HssConnectionException(call, response.request().url().host(), e);
        }
    }
}
