package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;

/**
 * HSS or IAM could not be reached (connection refused, DNS, TLS, timeout), or the connection broke
 * before the answer was complete.
 */
public class HssConnectionException extends HssException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveReachedService;

    /**
     * @param call what was called, e.g. {@code POST batch-scan}
     * @param host the host that was not reached, or whose answer broke off
     */
    public HssConnectionException(String call, String host, IOException cause) {
        super(EngineMessages.format("connection.failed", call, host, cause.getClass().getSimpleName(),
                String.valueOf(cause.getMessage())), cause);
        this.mayHaveReachedService = !(cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException);
    }

    /**
     * Whether the request may have reached the service before the connection failed: false only
     * when no connection was made (refused, unknown host, no route), so that a call that changes
     * state may then be sent again without first finding out what it did.
     */
    public boolean mayHaveReachedService() {
        return mayHaveReachedService;
    }
}
