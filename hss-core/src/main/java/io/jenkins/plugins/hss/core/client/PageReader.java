package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.HssJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Response;

/**
 * Reads a list page, {@code {"total_num": n, "data_list": [...]}}, item by item off the wire: each
 * item goes to the page's rows as soon as it is read, so a page is never held as text or as a tree.
 */
final class PageReader {

    /**
     * HSS's JSON dialect without the coercions a gate must not rely on: a number of the wrong kind
     * or one written as text (a {@code task_status} of {@code 100.5} or {@code "100"}, a
     * {@code vul_num} of {@code 1.5}) is a field of the wrong type, not a value rounded or parsed
     * into one that may pass.
     */
    private static final ObjectMapper ROWS = strict(HssJson.mapper().copy());

    private PageReader() {
    }

    private static ObjectMapper strict(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /**
     * @param redactor masks what the request sent as credentials in a parser's complaint, which
     *                 may quote the body
     */
    static <T> ListPage<T> read(String call, Response response, Class<T> type, Redactor redactor)
            throws HssException {
        try (response; InputStream body = response.body().byteStream();
             JsonParser parser = ROWS.createParser(body)) {
            return readPage(parser, type, serverDate(response));
        } catch (JsonProcessingException e) {
            if (endsEarly(e)) {
                throw MalformedResponseException.truncated(call, response.code(), response.header("X-Request-Id"), null);
            }
            String problem = redactor.redact(e.getOriginalMessage(), response.request());
            throw malformed(call, response, EngineMessages.format(e instanceof MismatchedInputException
                    ? "response.wrong_shape" : "response.not_json", problem), null);
        } catch (WrongRow e) {
            String problem = e.where + ": " + redactor.redact(e.detail, response.request());
            throw malformed(call, response, EngineMessages.format("response.wrong_shape", problem), null);
        } catch (WrongPage e) {
            throw malformed(call, response, e.getMessage(), null);
        } catch (IOException e) {
            throw new HssConnectionException(call, response.request().url().host(), e);
        }
    }

    private static <T> ListPage<T> readPage(JsonParser parser, Class<T> type, Instant serverDate)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(parser, type, "the body is not a JSON object");
        }
        Integer total = null;
        List<T> rows = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("total_num") && value != JsonToken.VALUE_NULL) {
                total = count(parser, value);
            } else if (field.equals("data_list") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    rows.add(readRow(parser, type, rows.size()));
                }
            } else if (field.equals("data_list") && value != JsonToken.VALUE_NULL) {
                // An object here once read as "no images": with not_found=success, a pass with nothing scanned.
                throw new WrongPage(EngineMessages.format("response.data_list_not_array", kind(value)));
            } else {
                parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonEOFException(parser, parser.currentToken(), "the object does not end");
        }
        if (total == null) {
            throw new WrongPage(EngineMessages.format("response.no_total"));
        }
        return new ListPage<>(total, rows, serverDate);
    }

    /**
     * One row of {@code data_list}. A row that does not fit its type says where it does not, e.g.
     * {@code data_list[3].task_status}, so that the problem can be looked up in the answer.
     */
    private static <T> T readRow(JsonParser parser, Class<T> type, int index) throws IOException {
        try {
            return ROWS.readValue(parser, type);
        } catch (JsonMappingException e) {
            if (endsEarly(e)) {
                throw e;
            }
            StringBuilder where = new StringBuilder("data_list[").append(index).append(']');
            for (JsonMappingException.Reference step : e.getPath()) {
                where.append(step.getFieldName() != null ? "." + step.getFieldName() : "[" + step.getIndex() + "]");
            }
            throw new WrongRow(where.toString(), e.getOriginalMessage());
        }
    }

    /** {@code total_num}: a whole number from 0 to 2^31-1, nothing else (no sign, fraction, text or overflow). */
    private static int count(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_NUMBER_INT || parser.getNumberType() != JsonParser.NumberType.INT
                || parser.getIntValue() < 0) {
            boolean number = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT;
            throw new WrongPage(EngineMessages.format("response.total_not_count", number ? parser.getText() : kind(value)));
        }
        return parser.getIntValue();
    }

    private static String kind(JsonToken value) {
        return switch (value) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            default -> "a number";
        };
    }

    /** Whether the body ended in the middle of the JSON, wherever the parser or a deserializer noticed it. */
    private static boolean endsEarly(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonEOFException) {
                return true;
            }
        }
        return false;
    }

    /** The {@code Date} header, or null when it is absent or not an HTTP date. */
    static Instant serverDate(Response response) {
        String date = response.header("Date");
        if (date == null) {
            return null;
        }
        try {
            return DateTimeFormatter.RFC_1123_DATE_TIME.parse(date, Instant::from);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static MalformedResponseException malformed(String call, Response response, String problem, Throwable cause) {
        return new MalformedResponseException(call, response.code(), response.header("X-Request-Id"), problem, cause);
    }

    /** A row is JSON but not of its type: a field of the wrong type or shape, or a value the type cannot hold. */
    private static final class WrongRow extends IOException {
        private static final long serialVersionUID = 1L;

        private final String where;
        private final String detail;

        WrongRow(String where, String detail) {
            super(where);
            this.where = where;
            this.detail = detail;
        }
    }

    /**
     * The page is JSON but not a page: no {@code total_num} (without it paging cannot end), one
     * that is no count, or a {@code data_list} that is no list.
     */
    private static final class WrongPage extends IOException {
        private static final long serialVersionUID = 1L;

        WrongPage(String problem) {
            super(problem);
        }
    }
}
