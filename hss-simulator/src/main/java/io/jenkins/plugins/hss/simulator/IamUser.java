package io.jenkins.plugins.hss.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/** An IAM user of an account (domain) who can ask for tokens with a password. */
record IamUser(String domain, String name, String password) {

    IamUser {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(password, "password");
    }

    boolean accepts(String domainName, String userName, String givenPassword) {
        return domain.equals(domainName) && name.equals(userName)
                && MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                        givenPassword.getBytes(StandardCharsets.UTF_8));
    }

    String id() {
        return Sha256.hex("user " + domain + "/" + name).substring(0, 32);
    }

    String domainId() {
        return Sha256.hex("domain " + domain).substring(0, 32);
    }

    @Override
    public String toString() {
        return "IamUser[" + domain + "/" + name + "]";
    }
}
