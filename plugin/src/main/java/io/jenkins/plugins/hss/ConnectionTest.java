package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import hudson.AbortException;
import hudson.security.ACL;
import hudson.util.FormValidation;
import io.jenkins.plugins.hss.core.client.HssClient;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * The global page's "Test connection": one page of the private image list with the settings and
 * the credential in the form, which proves the endpoint, the credential and the project together.
 * It is one call outside the pollers' budget, made only on an administrator's click.
 */
final class ConnectionTest {

    /** The smallest page HSS serves. */
    private static final int ONE_PAGE = 10;

    private ConnectionTest() {}

    static FormValidation run(ConnectionSettings settings) {
        StandardCredentials credential = settings.credentialsId().isEmpty() ? null
                : CredentialsProvider.findCredentialByIdInItemGroup(
                        settings.credentialsId(), StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of());
        if (credential == null) {
            return FormValidation.error(Messages.ConnectionTest_noCredentials());
        }
        if (!CredentialsChoice.USABLE.matches(credential)) {
            return FormValidation.error(Messages.CredentialsChoice_wrongType(settings.credentialsId()));
        }
        try (HssClient client = new HssConnection(settings,
                        CredentialsLookup.forEngine(credential, settings.accountName())).client()) {
            int images = client.listSwrImages(SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build(), 0, ONE_PAGE)
                    .totalNum();
            return FormValidation.ok(Messages.ConnectionTest_success(images));
        } catch (AbortException | InvalidSettingsException | HssException e) {
            return FormValidation.error(Messages.ConnectionTest_failed(e.getMessage()));
        }
    }
}
