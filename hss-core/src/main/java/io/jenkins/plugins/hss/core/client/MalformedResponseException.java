package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;

/**
 * HSS answered, but not with what the call expects: not JSON, truncated, wrong types, a
 * {@code total_num} that is no count, a {@code data_list} that is no list; or answers that
 * contradict each other (a page seen again at another offset, rows missing before the total).
 * Such an answer proves nothing, so a gate never passes on it.
 */
public class MalformedResponseException extends HssException {

    private static final long serialVersionUID = 1L;

    private final boolean truncated;

    /**
     * @param call      what was called, e.g. {@code GET swr-repository}
     * @param requestId the {@code X-Request-Id}, null when absent
     * @param problem   what was wrong with the body, without its content
     */
    public MalformedResponseException(String call, int status, String requestId, String problem, Throwable cause) {
        this(EngineMessages.format("response.malformed", call, status, problem,
                requestId == null ? EngineMessages.format("api.no_request_id") : requestId), cause, false);
    }

    private MalformedResponseException(String message, Throwable cause, boolean truncated) {
        super(message, cause);
        this.truncated = truncated;
    }

    /** A body that ends early: most likely cut off on the way, so worth asking again. */
    static MalformedResponseException truncated(String call, int status, String requestId, Throwable cause) {
        String problem = EngineMessages.format("response.truncated");
        return new MalformedResponseException(EngineMessages.format("response.malformed", call, status, problem,
                requestId == null ? EngineMessages.format("api.no_request_id") : requestId), cause, true);
    }

    /**
     * Answers of the same call that cannot all be true, e.g. one page at two offsets.
     *
     * @param call    what was called, e.g. {@code GET swr-repository}
     * @param problem what contradicts what, without secrets
     */
    public static MalformedResponseException contradiction(String call, String problem) {
        return new MalformedResponseException(EngineMessages.format("response.contradiction", call, problem), null, false);
    }

    /** Whether the body ended early, as a connection cut mid-way leaves it. */
    public boolean isTruncated() {
        return truncated;
    }
}
