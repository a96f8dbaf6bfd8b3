package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.impl.BaseStandardCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.Util;
import hudson.util.Secret;
import java.io.Serial;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * A Huawei Cloud access key (AK/SK), optionally temporary with its security token. The secret key
 * and the token are {@link Secret}s: encrypted on disk, masked in forms and never written as text.
 * The form has no checks that flag its empty fields as it opens; a build refuses a key without an
 * ID or a secret before anything is sent ({@link CredentialsLookup}).
 */
public final class HuaweiCloudAccessKeyCredentials extends BaseStandardCredentials {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String accessKey;
    private final Secret secretKey;
    @CheckForNull
    private Secret securityToken;

    @DataBoundConstructor
    public HuaweiCloudAccessKeyCredentials(
            @CheckForNull CredentialsScope scope,
            @CheckForNull String id,
            @CheckForNull String description,
            String accessKey,
            Secret secretKey) {
        super(scope, id, description);
        this.accessKey = Util.fixNull(accessKey).trim();
        this.secretKey = secretKey;
    }

    public String getAccessKey() {
        return accessKey;
    }

    public Secret getSecretKey() {
        return secretKey;
    }

    /** The token of a temporary access key; null for a permanent key. */
    @CheckForNull
    public Secret getSecurityToken() {
        return securityToken;
    }

    @DataBoundSetter
    public void setSecurityToken(@CheckForNull Secret securityToken) {
        this.securityToken = securityToken == null || securityToken.getPlainText().isEmpty() ? null : securityToken;
    }

    @Extension
    @Symbol("huaweiCloudAccessKey")
    public static final class DescriptorImpl extends BaseStandardCredentialsDescriptor {

        @Override
        public String getDisplayName() {
            return Messages.HuaweiCloudAccessKeyCredentials_displayName();
        }

        /** Shown in the credentials plugin's dialog that lists the types to choose from. */
        @Override
        public String getDescription() {
            return Messages.HuaweiCloudAccessKeyCredentials_description();
        }

        @Override
        public String getIconClassName() {
            return "symbol-key";
        }
    }
}
