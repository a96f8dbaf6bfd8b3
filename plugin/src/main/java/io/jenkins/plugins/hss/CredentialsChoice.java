package io.jenkins.plugins.hss;

import com.cloudbees.plugins.credentials.CredentialsMatcher;
import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The credentials a scan can use, as the drop-downs and checks of the global configuration
 * ({@code context == null}) and of a job ({@code context} is the job) offer them. Only users who
 * could configure the context see the list; others see the current value alone, so that saving a
 * form they may not change keeps it.
 */
final class CredentialsChoice {

    /** An access key, an IAM user (user name and password) or an IAM token (secret text). */
    static final CredentialsMatcher USABLE = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(HuaweiCloudAccessKeyCredentials.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
            CredentialsMatchers.instanceOf(StringCredentials.class));

    private CredentialsChoice() {}

    static ListBoxModel listBox(@CheckForNull Item context, @CheckForNull String current) {
        StandardListBoxModel model = new StandardListBoxModel();
        String value = Util.fixNull(current);
        if (!mayList(context)) {
            return model.includeCurrentValue(value);
        }
        return model.includeEmptyValue()
                .includeMatchingAs(ACL.SYSTEM2, context, StandardCredentials.class, List.of(), USABLE)
                .includeCurrentValue(value);
    }

    /**
     * Checks that the chosen id names a usable credential. Empty is allowed: the job then falls back
     * to the global default.
     */
    static FormValidation check(@CheckForNull Item context, @CheckForNull String value) {
        String id = Util.fixEmptyAndTrim(value);
        if (id == null || !mayList(context)) {
            return FormValidation.ok();
        }
        if (id.startsWith("${")) {
            return FormValidation.warning(Messages.CredentialsChoice_expression());
        }
        boolean found = !CredentialsProvider.listCredentialsInItem(
                        StandardCredentials.class, context, ACL.SYSTEM2, List.of(),
                        CredentialsMatchers.allOf(USABLE, CredentialsMatchers.withId(id)))
                .isEmpty();
        return found ? FormValidation.ok() : FormValidation.error(Messages.CredentialsChoice_notFound(id));
    }

    private static boolean mayList(@CheckForNull Item context) {
        return context == null
                ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                : context.hasPermission(Item.EXTENDED_READ) || context.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
