package io.jenkins.plugins.hss.core.auth;

/**
 * Who calls HSS. {@link #identity()} names the credential without revealing it, for caches, logs
 * and the watcher's per-credential poller.
 */
public sealed interface HssCredentials permits AccessKeyCredentials, IamUserCredentials, TokenCredentials {

    /** A stable, non-secret name of this credential: an access key id, an IAM user, or a token digest. */
    String identity();
}
