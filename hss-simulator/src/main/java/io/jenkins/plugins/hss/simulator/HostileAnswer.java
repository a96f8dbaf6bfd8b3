package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;

/**
 * What a hostile fault ({@link Fault.Rewrite}) makes of an answer that was served as
 * usual: a lost answer, a body cut short, or a list page whose rows or counts no longer make
 * sense. Rows are changed only in a successful list answer ({@code total_num} and a
 * {@code data_list} array); other answers pass unchanged.
 */
final class HostileAnswer {

    /** The {@code total_num} of {@link Fault.EndlessPages}: the largest a 32-bit client reads. */
    static final int ENDLESS_TOTAL = Integer.MAX_VALUE;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private HostileAnswer() {
    }

    /** The answer to send instead of {@code served}; empty to close the connection without one. */
    static Optional<SimResponse> apply(Fault.Rewrite fault, SimResponse served, String requestId) {
        if (fault instanceof Fault.ServedThenDropped) {
            return Optional.empty();
        }
        if (fault instanceof Fault.ServedThenError error) {
            Fault.ErrorResponse answer = (Fault.ErrorResponse) Fault.status(error.status());
            return Optional.of(ApiError.gateway(answer.status(), answer.code(), answer.message()).toResponse(requestId));
        }
        if (fault instanceof Fault.CutMidBody) {
            return Optional.of(served.cutInHalf());
        }
        JsonNode body = served.status() / 100 == 2 ? WireJson.tree(served.body()) : null;
        if (body == null || !body.isObject() || !body.path("data_list").isArray()) {
            return Optional.of(served);
        }
        ObjectNode page = (ObjectNode) body;
        rewrite(fault, page);
        return Optional.of(served.withBody(WireJson.bytes(page)));
    }

    private static void rewrite(Fault.Rewrite fault, ObjectNode page) {
        ArrayNode rows = (ArrayNode) page.get("data_list");
        if (fault instanceof Fault.SetInRows set) {
            rows.forEach(row -> set.values().forEach((field, value) -> ((ObjectNode) row).set(field, WireJson.node(value))));
        } else if (fault instanceof Fault.RemoveFromRows remove) {
            rows.forEach(row -> ((ObjectNode) row).remove(remove.field()));
        } else if (fault instanceof Fault.ReplaceInRows replace) {
            rows.forEach(row -> {
                if (replace.from().equals(row.path(replace.field()).asText(null))) {
                    ((ObjectNode) row).put(replace.field(), replace.to());
                }
            });
        } else if (fault instanceof Fault.DuplicateRows duplicate) {
            page.set("data_list", duplicated(rows, duplicate));
        } else if (fault instanceof Fault.NoRows) {
            page.put("total_num", 0);
            page.set("data_list", JSON.arrayNode());
        } else if (fault instanceof Fault.DataListNotArray) {
            page.set("data_list", JSON.objectNode().set("rows", rows));
        } else if (fault instanceof Fault.EndlessPages) {
            page.put("total_num", ENDLESS_TOTAL);
        } else {
            throw new IllegalArgumentException("not a fault that rewrites an answer: " + fault);
        }
    }

    private static ArrayNode duplicated(ArrayNode rows, Fault.DuplicateRows duplicate) {
        ArrayNode both = JSON.arrayNode();
        for (JsonNode row : rows) {
            ObjectNode copy = ((ObjectNode) row).deepCopy();
            copy.set(duplicate.field(), WireJson.node(duplicate.value()));
            both.add(duplicate.copyFirst() ? copy : row);
            both.add(duplicate.copyFirst() ? row : copy);
        }
        return both;
    }

    /** The first page of the same listing, for {@link Fault.EndlessPages}: what every offset shows. */
    static SimRequest firstPage(SimRequest request) {
        return request.withQueryParameter("offset", "0");
    }

    /** The text of {@link Fault.EchoRequest}'s {@code error_msg}: every header and the body, as received. */
    static String echo(SimRequest request) {
        StringBuilder text = new StringBuilder("cannot process ").append(request.method()).append(' ')
                .append(request.rawPath()).append("; headers:");
        for (Map.Entry<String, java.util.List<String>> header : request.headers().entrySet()) {
            header.getValue().forEach(value -> text.append(' ').append(header.getKey()).append(": ").append(value).append(';'));
        }
        return text.append(" body: ").append(new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
