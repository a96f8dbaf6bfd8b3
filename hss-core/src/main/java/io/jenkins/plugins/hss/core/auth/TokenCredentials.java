package io.jenkins.plugins.hss.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.reveal().getBytes(StandardCharsets.UTF_8));
            return "token:" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
