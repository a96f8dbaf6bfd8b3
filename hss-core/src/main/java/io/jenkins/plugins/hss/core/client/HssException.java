package io.jenkins.plugins.hss.core.client;

import java.io.IOException;

/**
 * A call to HSS (or IAM) failed. Messages name what failed and never carry a header value, token,
 * signature, secret key or password.
 */
public class HssException extends IOException {

    private static final long serialVersionUID = 1L;

    public HssException(String message) {
        super(message);
    }

    public HssException(String message, Throwable cause) {
        super(message, cause);
    }
}
