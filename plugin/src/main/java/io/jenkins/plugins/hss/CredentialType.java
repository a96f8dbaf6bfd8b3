package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import java.util.List;
import java.util.Optional;

/**
 * Credential types of other plugins that a scan can sign with. Each lives in an optional
 * extension ({@code @Extension(optional = true)}) whose class is the only one that names the other
 * plugin's types, so that this plugin loads and works without that plugin, and offers its types
 * when it is installed.
 */
abstract class CredentialType implements ExtensionPoint {

    /** Which stored credentials are of this type. */
    abstract CredentialsMatcher matcher();

    /**
     * Why a credential of this type cannot sign a scan, or null when it can: the form shows it under
     * the field, a build fails with it before anything is sent.
     */
    @CheckForNull
    abstract String unusable(StandardCredentials credential);

    /**
     * The engine's credentials for one that {@link #matcher()} matched and {@link #unusable} did not refuse.
     *
     * @param accountName the account (IAM domain) the step or the global configuration names; may be empty
     * @throws CredentialsLookup.CredentialsUnusableException when the engine cannot use it, saying why
     */
    abstract HssCredentials forEngine(StandardCredentials credential, String accountName)
            throws CredentialsLookup.CredentialsUnusableException;

    static List<CredentialType> all() {
        return ExtensionList.lookup(CredentialType.class);
    }

    /** Every installed type's credentials. */
    static CredentialsMatcher anyInstalled() {
        return CredentialsMatchers.anyOf(all().stream().map(CredentialType::matcher).toArray(CredentialsMatcher[]::new));
    }

    /** The installed type {@code credential} is of, if any. */
    static Optional<CredentialType> of(StandardCredentials credential) {
        return all().stream().filter(type -> type.matcher().matches(credential)).findFirst();
    }
}
