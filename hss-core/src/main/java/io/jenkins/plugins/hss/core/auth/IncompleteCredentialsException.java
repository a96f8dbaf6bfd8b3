package io.jenkins.plugins.hss.core.auth;

import java.io.Serial;
import java.util.Objects;

/**
 * Credentials lack a part that IAM or HSS needs, found when they are made, before any request:
 * a request with them could only fail, later and with a vaguer answer.
 */
public final class IncompleteCredentialsException extends IllegalArgumentException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String field;

    IncompleteCredentialsException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The missing part under its API name (e.g. {@code domain_name}), for a face to name its own field. */
    public String field() {
        return field;
    }
}
