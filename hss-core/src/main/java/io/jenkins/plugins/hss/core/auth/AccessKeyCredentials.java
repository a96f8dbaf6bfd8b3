package io.jenkins.plugins.hss.core.auth;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An access key and secret key, signed with {@code SDK-HMAC-SHA256}; temporary keys add their
 * security token.
 *
 * @param securityToken null for permanent keys
 */
public record AccessKeyCredentials(String accessKey, SecretValue secretKey, SecretValue securityToken)
        implements HssCredentials {

    public AccessKeyCredentials {
        Objects.requireNonNull(accessKey, "accessKey");
        Objects.requireNonNull(secretKey, "secretKey");
    }

    public static AccessKeyCredentials of(String accessKey, String secretKey) {
        return new AccessKeyCredentials(accessKey, SecretValue.of(secretKey), null);
    }

    /** Temporary keys from IAM's security token API. */
    public static AccessKeyCredentials temporary(String accessKey, String secretKey, String securityToken) {
        return new AccessKeyCredentials(accessKey, SecretValue.of(secretKey), SecretValue.of(securityToken));
    }

    public Optional<SecretValue> temporaryToken() {
        return Optional.ofNullable(securityToken);
    }

    @Override
    public String identity() {
        return "ak:" + accessKey;
    }

    @Override
    public List<SecretValue> secrets() {
        return securityToken == null ? List.of(secretKey) : List.of(secretKey, securityToken);
    }

    @Override
    public String fingerprint() {
        return SecretDigest.sha256(identity(), secretKey.reveal(), securityToken == null ? "" : securityToken.reveal());
    }
}
