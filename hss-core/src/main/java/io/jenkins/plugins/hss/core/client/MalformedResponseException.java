package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;

/** HSS answered, but not with the JSON the call expects (not JSON, truncated, wrong types). */
public class MalformedResponseException extends HssException {

    private static final long serialVersionUID = 1L;

    /**
     * @param call      what was called, e.g. {@code GET swr-repository}
     * @param requestId the {@code X-Request-Id}, null when absent
     * @param problem   what was wrong with the body, without its content
     */
    public MalformedResponseException(String call, int status, String requestId, String problem, Throwable cause) {
        super(EngineMessages.format("response.malformed", call, status, problem,
                requestId == null ? EngineMessages.format("api.no_request_id") : requestId), cause);
    }
}
