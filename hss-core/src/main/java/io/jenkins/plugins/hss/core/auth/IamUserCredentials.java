package io.jenkins.plugins.hss.core.auth;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.util.List;
import java.util.Objects;

/**
 * An IAM user's name and password in an account (domain), exchanged for a project-scoped token.
 *
 * @param domainName the account name the user belongs to; IAM cannot find a user without it
 */
public record IamUserCredentials(String userName, SecretValue password, String domainName) implements HssCredentials {

    public IamUserCredentials {
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(password, "password");
        if (domainName == null || domainName.isBlank()) {
            throw new IncompleteCredentialsException("domain_name",
                    EngineMessages.format("credentials.domain_missing", "domain_name", userName));
        }
    }

    /** @throws IncompleteCredentialsException when the account name is blank */
    public static IamUserCredentials of(String userName, String password, String domainName) {
        return new IamUserCredentials(userName, SecretValue.of(password), domainName);
    }

    @Override
    public String identity() {
        return "iam:" + domainName + "/" + userName;
    }

    @Override
    public List<SecretValue> secrets() {
        return List.of(password);
    }

    @Override
    public String fingerprint() {
        return SecretDigest.sha256(identity(), password.reveal());
    }
}
