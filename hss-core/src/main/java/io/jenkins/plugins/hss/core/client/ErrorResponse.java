package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.hss.core.HssJson;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import okhttp3.Response;

/**
 * Reads an error answer into an {@link HssApiException}: HSS's {@code error_code}/{@code error_msg},
 * else {@code code}/{@code message} as IAM (Keystone) nests them, as the SDK does; the request id
 * from {@code X-Request-Id}; the delay from {@code Retry-After}. A body that is not JSON gives no
 * code or message: it is not shown, since a proxy's error page may echo the request's headers. A
 * JSON message that echoes them is shown with every credential this client sent masked.
 */
final class ErrorResponse {

    private static final long MAX_BODY = 64 * 1024;

    private ErrorResponse() {
    }

    /**
     * @param service  who answered: {@code HSS} or {@code IAM}
     * @param redactor takes out of the code and message whatever the request sent as credentials,
     *                 which a careless service may echo
     */
    static HssApiException toException(String service, Response response, Clock clock, Redactor redactor) {
        JsonNode body = readBody(response);
        JsonNode fields = findErrorFields(body);
        return new HssApiException(service, response.code(),
                redactor.redact(text(fields, "error_code", "code"), response.request()),
                redactor.redact(text(fields, "error_msg", "message"), response.request()),
                response.header("X-Request-Id"), retryAfter(response.header("Retry-After"), clock));
    }

    /** The delay a {@code Retry-After} value asks for: seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(clock.instant(),
                        ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static JsonNode readBody(Response response) {
        try {
            return HssJson.mapper().readTree(response.peekBody(MAX_BODY).bytes());
        } catch (IOException | RuntimeException notJson) {
            return null;
        }
    }

    /** The object holding the error's code and message: the top level, or the first nested object that has them. */
    private static JsonNode findErrorFields(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        if (has(node, "error_code", "error_msg") || has(node, "code", "message")) {
            return node;
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            JsonNode found = findErrorFields(children.next());
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean has(JsonNode node, String code, String message) {
        return node.hasNonNull(code) && node.hasNonNull(message);
    }

    private static String text(JsonNode fields, String name, String alternative) {
        if (fields == null) {
            return null;
        }
        JsonNode value = fields.hasNonNull(name) ? fields.get(name) : fields.get(alternative);
        return value == null || value.isNull() ? null : value.asText();
    }
}
