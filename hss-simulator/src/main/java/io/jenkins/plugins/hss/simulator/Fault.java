package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Something going wrong with one request, injected through {@link FaultPlan}. Most faults act in
 * front of everything else (authentication, rate limit, validation), as a failing gateway or
 * network would. The hostile ones ({@link Rewrite}) let the request be served as usual
 * and then change its answer, as a service that no one here wrote might answer: rows with
 * missing, negative or unknown values, contradicting rows, pages that never end, an answer lost
 * after the request was executed. The request is counted either way.
 */
public sealed interface Fault {

    /**
     * An error status with the gateway's body ({@code APIG.0201}, e.g. 503 "Backend
     * unavailable"), as a struggling backend answers.
     */
    static Fault status(int status) {
        String message = switch (status) {
            case 502, 503 -> "Backend unavailable";
            case 504 -> "Backend timeout";
            default -> "Internal server error";
        };
        return new ErrorResponse(status, "APIG.0201", message);
    }

    /** An error with a chosen status, code and message; codes starting APIG. get the gateway shape. */
    static Fault error(int status, String code, String message) {
        return new ErrorResponse(status, code, message);
    }

    /** 429 APIG.0308 with {@code Retry-After}, whatever the rate limiter thinks. */
    static Fault throttle(Duration retryAfter) {
        return new Throttle(retryAfter);
    }

    /**
     * The response is delayed by this much real time, then served normally. Real time, because
     * this is what exercises a client's read timeout; keep it short in tests.
     */
    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    /** The connection is closed without any response. */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /** 200 with a JSON body cut off in the middle. */
    static Fault malformedBody() {
        return new MalformedBody();
    }

    /**
     * The request is served (a trigger is executed), then the answer is replaced by this error
     * status: an answer lost after the request reached the service.
     */
    static Fault servedThenError(int status) {
        return new ServedThenError(status);
    }

    /** The request is served (a trigger is executed), then the connection is closed without an answer. */
    static Fault servedThenDropped() {
        return new ServedThenDropped();
    }

    /** The request is served; the answer's body is cut off in the middle and the connection closed. */
    static Fault cutMidBody() {
        return new CutMidBody();
    }

    /**
     * An error with this status whose {@code error_msg} echoes every header of the request (and its
     * body), as a careless proxy or backend does: a client must not show the secrets it sent.
     */
    static Fault echoRequest(int status) {
        return new EchoRequest(status);
    }

    /** The answer's rows ({@code data_list}) get these fields set to these values (JSON values). */
    static Fault setInRows(Map<String, Object> values) {
        return new SetInRows(Map.copyOf(values));
    }

    /** The answer's rows ({@code data_list}) lose this field. */
    static Fault removeFromRows(String field) {
        return new RemoveFromRows(field);
    }

    /** Rows whose {@code field} is {@code from} (a string) get {@code to} instead. */
    static Fault replaceInRows(String field, String from, String to) {
        return new ReplaceInRows(field, from, to);
    }

    /**
     * Every row comes twice, the copy with {@code field} set to {@code value}; the copy first when
     * {@code copyFirst}: two different rows for one image.
     */
    static Fault duplicateRows(String field, Object value, boolean copyFirst) {
        return new DuplicateRows(field, value, copyFirst);
    }

    /** {@code {"total_num":0,"data_list":[]}}, whatever there is to list. */
    static Fault noRows() {
        return new NoRows();
    }

    /** {@code data_list} is a JSON object instead of an array. */
    static Fault dataListNotArray() {
        return new DataListNotArray();
    }

    /** {@code total_num} 2147483647, and every offset answered with the first page. */
    static Fault endlessPages() {
        return new EndlessPages();
    }

    /** A hostile fault: the request is served as usual, then its answer is changed (or lost). */
    sealed interface Rewrite extends Fault {
    }

    record ErrorResponse(int status, String code, String message) implements Fault {
        public ErrorResponse {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            errorStatus(status);
        }
    }

    record Throttle(Duration retryAfter) implements Fault {
        public Throttle {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    record Slow(Duration delay) implements Fault {
        public Slow {
            Objects.requireNonNull(delay, "delay");
        }
    }

    record DropConnection() implements Fault {
    }

    record MalformedBody() implements Fault {
    }

    record ServedThenError(int status) implements Rewrite {
        public ServedThenError {
            errorStatus(status);
        }

    }

    record ServedThenDropped() implements Rewrite {
    }

    record CutMidBody() implements Rewrite {
    }

    record EchoRequest(int status) implements Fault {
        public EchoRequest {
            errorStatus(status);
        }
    }

    record SetInRows(Map<String, Object> values) implements Rewrite {
        public SetInRows {
            values = Map.copyOf(values);
        }

    }

    record RemoveFromRows(String field) implements Rewrite {
        public RemoveFromRows {
            Objects.requireNonNull(field, "field");
        }

    }

    record ReplaceInRows(String field, String from, String to) implements Rewrite {
        public ReplaceInRows {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }

    }

    record DuplicateRows(String field, Object value, boolean copyFirst) implements Rewrite {
        public DuplicateRows {
            Objects.requireNonNull(field, "field");
        }

    }

    record NoRows() implements Rewrite {
    }

    record DataListNotArray() implements Rewrite {
    }

    record EndlessPages() implements Rewrite {
    }

    private static void errorStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an error status is 4xx or 5xx, not " + status);
        }
    }
}
