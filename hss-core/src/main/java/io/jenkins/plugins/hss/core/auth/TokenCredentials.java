package io.jenkins.plugins.hss.core.auth;

import java.util.List;
import java.util.Objects;

/** A ready IAM token, sent as {@code X-Auth-Token}; it cannot be renewed. */
public record TokenCredentials(SecretValue token) implements HssCredentials {

    public TokenCredentials {
        Objects.requireNonNull(token, "token");
    }

    public static TokenCredentials of(String token) {
        return new TokenCredentials(SecretValue.of(token));
    }

    /** A short SHA-256 digest: tells tokens apart without revealing one. */
    @Override
    public String identity() {
        return "token:" + SecretDigest.sha256(token.reveal()).substring(0, 16);
    }

    @Override
    public List<SecretValue> secrets() {
        return List.of(token);
    }

    @Override
    public String fingerprint() {
        return SecretDigest.sha256(token.reveal());
    }
}
