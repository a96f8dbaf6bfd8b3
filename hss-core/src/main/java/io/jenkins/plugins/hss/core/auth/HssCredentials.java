package io.jenkins.plugins.hss.core.auth;

import java.util.List;

/**
 * Who calls HSS. {@link #identity()} names the credential without revealing it, for caches, logs
 * and the watcher's per-credential poller.
 */
public sealed interface HssCredentials permits AccessKeyCredentials, IamUserCredentials, TokenCredentials {

    /** A stable, non-secret name of this credential: an access key id, an IAM user, or a token digest. */
    String identity();

    /**
     * A SHA-256 digest of the identity and every secret part: equal for equal credentials,
     * different once a secret was rotated under the same identity, and no way back to the secret.
     * It tells a long-lived holder of a client (a controller's poller) that its client is stale.
     */
    String fingerprint();

    /**
     * Every secret part (secret key and security token, password, or the token): what a client
     * must keep out of any text it shows, even when the service echoes it back.
     */
    List<SecretValue> secrets();
}
