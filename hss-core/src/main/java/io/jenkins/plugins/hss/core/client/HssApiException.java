package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.time.Duration;
import java.util.Optional;

/**
 * HSS or its gateway answered with an error status. Carries what the caller needs to act and what
 * Huawei support needs to look the call up: the status, {@code error_code}, {@code error_msg} and
 * the {@code X-Request-Id}.
 */
public class HssApiException extends HssException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String errorCode;
    private final String errorMsg;
    private final String requestId;
    private final Duration retryAfter;

    /**
     * @param errorCode  {@code error_code}, null when the body had none
     * @param errorMsg   {@code error_msg}, null when the body had none
     * @param requestId  the {@code X-Request-Id} response header, null when absent
     * @param retryAfter the delay a {@code Retry-After} header asked for, null when absent
     */
    public HssApiException(int status, String errorCode, String errorMsg, String requestId, Duration retryAfter) {
        this("HSS", status, errorCode, errorMsg, requestId, retryAfter);
    }

    /** @param service who answered: {@code HSS} or {@code IAM} */
    public HssApiException(String service, int status, String errorCode, String errorMsg, String requestId,
                           Duration retryAfter) {
        super(describe(service, status, errorCode, errorMsg, requestId));
        this.status = status;
        this.errorCode = errorCode;
        this.errorMsg = errorMsg;
        this.requestId = requestId;
        this.retryAfter = retryAfter;
    }

    public int status() {
        return status;
    }

    public Optional<String> errorCode() {
        return Optional.ofNullable(errorCode);
    }

    public Optional<String> errorMsg() {
        return Optional.ofNullable(errorMsg);
    }

    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The gateway's rate limit ({@code 429}, {@code APIG.0308}): wait, then call again. */
    public boolean isThrottled() {
        return status == 429 || "APIG.0308".equals(errorCode);
    }

    /** The credentials were refused ({@code 401}): wrong keys, or an expired or foreign token. */
    public boolean isAuthFailure() {
        return status == 401;
    }

    /** A token that must be renewed: {@code APIG.0307}, or {@code APIG.0301} for a token. */
    public boolean isTokenRejected() {
        return status == 401 && ("APIG.0307".equals(errorCode) || "APIG.0301".equals(errorCode));
    }

    /**
     * The gateway knows no such API ({@code 404 APIG.0101}: not published at this endpoint). On a
     * call of the newer image API it means that the service does not offer that API, which is
     * how a client that may use either API tells the two apart; any other failure says nothing
     * about it. A 404 without that code (a proxy's, or HSS's own about a resource) is not this.
     */
    public boolean isNotOffered() {
        return status == 404 && "APIG.0101".equals(errorCode);
    }

    private static String describe(String service, int status, String errorCode, String errorMsg, String requestId) {
        return EngineMessages.format("api.error", service, status, errorCode == null ? "" : " " + errorCode,
                errorMsg == null ? "" : " \"" + errorMsg + "\"",
                requestId == null ? EngineMessages.format("api.no_request_id") : requestId);
    }
}
