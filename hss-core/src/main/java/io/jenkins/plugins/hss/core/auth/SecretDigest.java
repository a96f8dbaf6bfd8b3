package io.jenkins.plugins.hss.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over texts that may be secret: tells them apart without a way back to them. */
public final class SecretDigest {

    private SecretDigest() {
    }

    /**
     * The hexadecimal SHA-256 of {@code parts} joined by NULs, so that moving text from one part
     * to the next changes the digest; of one part, its plain SHA-256.
     */
    public static String sha256(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.join("\0", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }
}
