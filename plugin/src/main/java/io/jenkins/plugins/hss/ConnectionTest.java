package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.security.ACL;
import hudson.util.FormValidation;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.watch.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jenkins.model.Jenkins;

/**
 * The global page's "Test connection": one page of the private image list with the settings and
 * the credential in the form, which proves the endpoint, the credential and the project together.
 * It is one call through the controller's engine, in the budget of the credential's user like any
 * other; the page waits for it at most {@link #WAIT}.
 */
final class ConnectionTest {

    /** Past a minute, the budget's window, the call has had its turn. */
    private static final Duration WAIT = Duration.ofMinutes(2);

    private ConnectionTest() {}

    static FormValidation run(ConnectionSettings settings) {
        StandardCredentials credential = settings.credentialsId().isEmpty() ? null
                : CredentialsProvider.findCredentialByIdInItemGroup(
                        settings.credentialsId(), StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        if (credential == null) {
            return FormValidation.error(Messages.ConnectionTest_noCredentials());
        }
        if (!CredentialsChoice.usable().matches(credential)) {
            return FormValidation.error(Messages.CredentialsChoice_wrongType(settings.credentialsId()));
        }
        CompletableFuture<Integer> images = null;
        try {
            Connection connection = new HssConnection(settings,
                    CredentialsLookup.forEngine(credential, settings.accountName())).connection();
            images = ControllerPollers.engine().testConnection(connection, settings.projectId());
            return FormValidation.ok(Messages.ConnectionTest_success(images.get(WAIT.toSeconds(), TimeUnit.SECONDS)));
        } catch (AbortException | InvalidSettingsException e) {
            return FormValidation.error(Messages.ConnectionTest_failed(e.getMessage()));
        } catch (ExecutionException e) {
            return FormValidation.error(Messages.ConnectionTest_failed(e.getCause().getMessage()));
        } catch (TimeoutException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            // Only the wait for the answer throws these, but withdraw the call only if it was made.
            if (images != null) {
                images.cancel(false);
            }
            return FormValidation.error(Messages.ConnectionTest_busy(WAIT.toMinutes()));
        }
    }
}
