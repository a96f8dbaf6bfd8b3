package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.huawei.devcloud.credentials.HWCloudAccesskeyCredentials;
import com.huawei.devcloud.credentials.HWCloudIAMUserCredentials;
import com.huawei.devcloud.credentials.HWCloudTokenCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.util.Secret;
import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.IncompleteCredentialsException;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The credential types of the huaweicloud-credentials plugin (1.0.0), which Huawei Cloud users of
 * Jenkins may already hold: its access key ("HuaweiCloud AK with SK"), its IAM user ("HuaweiCloud
 * Username with Password", signed in with a password token as our engine does for the Credentials
 * plugin's user name and password) and its IAM token. Loaded only when that plugin is installed:
 * this is the one class that names its types, and building the matcher in the constructor makes
 * Jenkins skip the extension when they are missing.
 *
 * <p>That plugin's access key type stores the secret key in both of its fields (its constructor
 * sets the access key from the secret key), so the access key ID a user typed is lost. A key whose
 * two fields are equal cannot sign anything: it is refused, naming the bug and the fix.
 */
@Extension(optional = true)
public final class HuaweiCloudCredentialTypes extends CredentialType {

    private final CredentialsMatcher matcher = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(HWCloudAccesskeyCredentials.class),
            CredentialsMatchers.instanceOf(HWCloudIAMUserCredentials.class),
            CredentialsMatchers.instanceOf(HWCloudTokenCredentials.class));

    @Override
    CredentialsMatcher matcher() {
        return matcher;
    }

    @CheckForNull
    @Override
    String unusable(StandardCredentials credential) {
        if (credential instanceof HWCloudAccesskeyCredentials key) {
            String accessKey = Secret.toString(key.getAccessKey());
            String secretKey = Secret.toString(key.getSecretKey());
            if (accessKey.isEmpty() || secretKey.isEmpty()) {
                return Messages.CredentialsLookup_accessKeyIncomplete(credential.getId());
            }
            // Compared in constant time: both are secrets.
            if (MessageDigest.isEqual(accessKey.getBytes(StandardCharsets.UTF_8), secretKey.getBytes(StandardCharsets.UTF_8))) {
                return Messages.HuaweiCloudCredentialTypes_accessKeyLost(credential.getId());
            }
        } else if (credential instanceof HWCloudTokenCredentials token && Secret.toString(token.getToken()).isEmpty()) {
            return Messages.HuaweiCloudCredentialTypes_tokenEmpty(credential.getId());
        } else if (credential instanceof HWCloudIAMUserCredentials user
                && (Secret.toString(user.getUserName()).isEmpty() || Secret.toString(user.getPassword()).isEmpty())) {
            return Messages.HuaweiCloudCredentialTypes_userIncomplete(credential.getId());
        }
        return null;
    }

    @Override
    HssCredentials forEngine(StandardCredentials credential, String accountName)
            throws CredentialsLookup.CredentialsUnusableException {
        if (credential instanceof HWCloudAccesskeyCredentials key) {
            return AccessKeyCredentials.of(Secret.toString(key.getAccessKey()), Secret.toString(key.getSecretKey()));
        }
        if (credential instanceof HWCloudIAMUserCredentials user) {
            try {
                // Its IAM URL is not used: the run's IAM endpoint is the region's, or the global configuration's.
                return IamUserCredentials.of(Secret.toString(user.getUserName()), Secret.toString(user.getPassword()),
                        accountName);
            } catch (IncompleteCredentialsException e) {
                throw new CredentialsLookup.CredentialsUnusableException(
                        Messages.CredentialsLookup_accountNameMissing(credential.getId()));
            }
        }
        return TokenCredentials.of(Secret.toString(((HWCloudTokenCredentials) credential).getToken()));
    }
}
