package io.jenkins.plugins.hss.core.watch;

import java.util.Objects;

/**
 * Whose budget a poller spends: HSS counts calls per user (and source IP) and API, so all waits
 * on one credential and project share one poller.
 *
 * @param credentialIdentity names the credential without being a secret: a Jenkins credential id,
 *                           an access key id or an IAM user name, never a password or secret key
 * @param projectId          the {@code project_id} of the calls
 * @param endpoint           the HSS endpoint URL
 */
public record PollerKey(String credentialIdentity, String projectId, String endpoint) {

    public PollerKey {
        Objects.requireNonNull(credentialIdentity, "credentialIdentity");
        Objects.requireNonNull(projectId, "projectId");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
