package io.jenkins.plugins.hss.core.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.HssJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import okhttp3.Response;

/**
 * Reads a list page, {@code {"total_num": n, "data_list": [...]}}, item by item off the wire: each
 * item goes to the sink as soon as it is read, so a page is never held as text or as a tree.
 */
final class PageReader {

    private PageReader() {
    }

    static <T> Paging.PageCount read(String call, Response response, Class<T> type, Consumer<T> sink) throws HssException {
        try (response; InputStream body = response.body().byteStream();
             JsonParser parser = HssJson.mapper().createParser(body)) {
            return readPage(parser, type, sink, serverDate(response));
        } catch (JsonEOFException e) {
            throw malformed(call, response, EngineMessages.format("response.truncated"), e);
        } catch (MismatchedInputException e) {
            throw malformed(call, response, EngineMessages.format("response.wrong_shape", e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw malformed(call, response, EngineMessages.format("response.not_json", e.getOriginalMessage()), e);
        } catch (MissingTotal e) {
            throw malformed(call, response, EngineMessages.format("response.no_total"), null);
        } catch (IOException e) {
            throw new HssConnectionException(call, response.request().url().host(), 1, e);
        }
    }

    private static <T> Paging.PageCount readPage(JsonParser parser, Class<T> type, Consumer<T> sink, Instant serverDate)
            throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw MismatchedInputException.from(parser, type, "the body is not a JSON object");
        }
        Integer total = null;
        int items = 0;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals("total_num") && value != JsonToken.VALUE_NULL) {
                total = HssJson.mapper().readValue(parser, Integer.class);
            } else if (field.equals("data_list") && value == JsonToken.START_ARRAY) {
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    sink.accept(HssJson.mapper().readValue(parser, type));
                    items++;
                }
            } else {
                parser.skipChildren();
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonEOFException(parser, parser.currentToken(), "the object does not end");
        }
        if (total == null) {
            throw new MissingTotal();
        }
        return new Paging.PageCount(total, items, serverDate);
    }

    /** The {@code Date} header, or null when it is absent or not an HTTP date. */
    private static Instant serverDate(Response response) {
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

    /** The page has no {@code total_num}: without it paging cannot end. */
    private static final class MissingTotal extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
