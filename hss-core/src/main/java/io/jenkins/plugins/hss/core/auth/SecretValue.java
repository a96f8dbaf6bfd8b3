package io.jenkins.plugins.hss.core.auth;

import java.util.Objects;

/**
 * Secret text (a secret key, password or token) that does not show itself: {@link #toString()} is
 * a mask and equality is identity, so a secret cannot leak through a log line, an exception
 * message or an assertion failure. Only {@link #reveal()} gives the text, for the one place that
 * must send or sign it.
 */
public final class SecretValue {

    private static final String MASK = "****";

    private final String text;

    private SecretValue(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public static SecretValue of(String text) {
        return new SecretValue(text);
    }

    /** The secret text; call it only to send or sign the secret, never to show it. */
    public String reveal() {
        return text;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
