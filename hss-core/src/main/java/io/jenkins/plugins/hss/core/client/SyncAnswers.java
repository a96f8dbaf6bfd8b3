package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.HssJson;
import java.io.IOException;
import okhttp3.Response;

/** Reads RunImageSynchronize's 200 answer, whose {@code error_code} is a field of success too. */
final class SyncAnswers {

    private SyncAnswers() {
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
