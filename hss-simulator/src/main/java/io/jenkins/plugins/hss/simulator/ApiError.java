package io.jenkins.plugins.hss.simulator;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A request the simulated service refuses, in one of the three shapes the real one uses: HSS's
 * own ({@code error_code}, {@code error_msg}), the API gateway's (the same plus
 * {@code request_id}) and IAM's Keystone shape ({@code {"error":{"message","code","title"}}}).
 */
final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private enum Shape { HSS, GATEWAY, KEYSTONE }

    private final int status;
    private final Shape shape;
    private final String code;
    private final Map<String, String> headers;

    private ApiError(int status, Shape shape, String code, String message, Map<String, String> headers) {
        super(message, null, false, false);
        this.status = status;
        this.shape = shape;
        this.code = code;
        this.headers = Map.copyOf(headers);
    }

    static ApiError invalidParameter(String detail) {
        return new ApiError(400, Shape.HSS, "HSS.0001", "invalid param error: " + detail, Map.of());
    }

    static ApiError unreadableRequest() {
        return new ApiError(400, Shape.HSS, "HSS.0002", "failed to parse the request", Map.of());
    }

    static ApiError hss(int status, String code, String message) {
        return new ApiError(status, Shape.HSS, code, message, Map.of());
    }

    static ApiError gateway(int status, String code, String message) {
        return new ApiError(status, Shape.GATEWAY, code, message, Map.of());
    }

    /** APIG.0301: the credentials, signature or token are not acceptable. */
    static ApiError unauthenticated(String reason) {
        return gateway(401, "APIG.0301", "Incorrect IAM authentication information: " + reason);
    }

    static ApiError tokenMustBeUpdated() {
        return gateway(401, "APIG.0307", "The token must be updated.");
    }

    static ApiError noSuchApi() {
        return gateway(404, "APIG.0101", "The API does not exist or has not been published in the environment");
    }

    static ApiError throttled(String policy, int limit, String window, long retryAfterSeconds) {
        return new ApiError(429, Shape.GATEWAY, "APIG.0308",
                "The throttling threshold has been reached: policy " + policy + " over ratelimit,limit:" + limit
                        + ",time:" + window,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static ApiError keystone(int status, String message) {
        return new ApiError(status, Shape.KEYSTONE, Integer.toString(status), message, Map.of());
    }

    SimResponse toResponse(String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (shape == Shape.KEYSTONE) {
            body.put("error", Map.of("message", getMessage(), "code", status, "title", keystoneTitle()));
        } else {
            body.put("error_code", code);
            body.put("error_msg", getMessage());
            if (shape == Shape.GATEWAY) {
                body.put("request_id", requestId);
            }
        }
        return new SimResponse(status, headers, WireJson.bytes(body));
    }

    private String keystoneTitle() {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            default -> "Error";
        };
    }
}
