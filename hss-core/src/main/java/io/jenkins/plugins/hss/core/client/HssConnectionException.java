package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.io.IOException;

/** HSS or IAM could not be reached (connection refused, DNS, TLS, timeout) after the retries. */
public class HssConnectionException extends HssException {

    private static final long serialVersionUID = 1L;

    /**
     * @param call     what was called, e.g. {@code POST batch-scan}
     * @param host     the host that was not reached
     * @param attempts how many times the call was tried
     */
    public HssConnectionException(String call, String host, int attempts, IOException cause) {
        super(EngineMessages.format("connection.failed", call, host, attempts, cause.getClass().getSimpleName(),
                String.valueOf(cause.getMessage())), cause);
    }
}
