package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.AbortException;
import hudson.model.Run;
import hudson.util.Secret;
import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.IncompleteCredentialsException;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.util.Optional;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * Finds a build's credential the way the credentials plugin means it to be found: by id in the
 * run's context (its folders, and what the user who started it may use), recorded as used by the
 * run, and turned into the engine's credentials. Secrets go from one {@code Secret} straight into
 * the engine's secret holder and are never kept as text.
 */
final class CredentialsLookup {

    private CredentialsLookup() {}

    /** A build's credential is missing, of a type HSS cannot use, or incomplete. */
    static final class CredentialsUnusableException extends AbortException {

        private static final long serialVersionUID = 1L;

        CredentialsUnusableException(String message) {
            super(message);
        }
    }

    static HssCredentials find(Run<?, ?> run, ConnectionSettings connection) throws CredentialsUnusableException {
        String id = connection.credentialsId();
        if (id.isEmpty()) {
            throw new CredentialsUnusableException(Messages.CredentialsLookup_noneChosen());
        }
        StandardCredentials credential = CredentialsProvider.findCredentialById(id, StandardCredentials.class, run);
        if (credential == null) {
            throw new CredentialsUnusableException(Messages.CredentialsLookup_notFound(id));
        }
        if (!CredentialsChoice.usable().matches(credential)) {
            throw new CredentialsUnusableException(
                    Messages.CredentialsLookup_wrongType(id, credential.getDescriptor().getDisplayName()));
        }
        CredentialsProvider.track(run, credential);
        return forEngine(credential, connection.accountName());
    }

    /** The engine's credentials for a credential {@link CredentialsChoice#USABLE} accepts. */
    static HssCredentials forEngine(StandardCredentials credential, String accountName)
            throws CredentialsUnusableException {
        Optional<CredentialType> type = CredentialType.of(credential);
        if (type.isPresent()) {
            String problem = type.get().unusable(credential);
            if (problem != null) {
                throw new CredentialsUnusableException(problem);
            }
            return type.get().forEngine(credential, accountName);
        }
        if (credential instanceof HuaweiCloudAccessKeyCredentials key) {
            if (key.getAccessKey().isEmpty() || key.getSecretKey().getPlainText().isEmpty()) {
                throw new CredentialsUnusableException(Messages.CredentialsLookup_accessKeyIncomplete(credential.getId()));
            }
            Secret token = key.getSecurityToken();
            return token == null
                    ? AccessKeyCredentials.of(key.getAccessKey(), key.getSecretKey().getPlainText())
                    : AccessKeyCredentials.temporary(key.getAccessKey(), key.getSecretKey().getPlainText(),
                            token.getPlainText());
        }
        if (credential instanceof StandardUsernamePasswordCredentials user) {
            try {
                return IamUserCredentials.of(user.getUsername(), user.getPassword().getPlainText(), accountName);
            } catch (IncompleteCredentialsException e) {
                // The engine refuses a user without an account; Jenkins' user-and-password type has
                // no place for it, so the fix is said in this face's words.
                throw new CredentialsUnusableException(Messages.CredentialsLookup_accountNameMissing(credential.getId()));
            }
        }
        return TokenCredentials.of(((StringCredentials) credential).getSecret().getPlainText());
    }
}
