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
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import java.util.Objects;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;
import org.springframework.security.core.Authentication;

/**
 * The credentials a scan can use, as the drop-downs and checks of the global configuration
 * ({@code context == null}) and of a job ({@code context} is the job) offer them. A job's list is
 * what its builds will find: the credentials visible to the job's default authentication (and, if
 * that user may use the job's credentials, those of the job's context), as
 * {@code CredentialsProvider.findCredentialById} looks them up for a run. Only users who could
 * configure the context see the list; others see the current value alone, so that saving a form
 * they may not change keeps it.
 */
final class CredentialsChoice {

    /** An access key, an IAM user (user name and password) or an IAM token (secret text). */
    private static final CredentialsMatcher OWN_AND_STANDARD = CredentialsMatchers.anyOf(
            CredentialsMatchers.instanceOf(HuaweiCloudAccessKeyCredentials.class),
            CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class),
            CredentialsMatchers.instanceOf(StringCredentials.class));

    /** What a scan can sign with: ours and the standard types, and those of the installed {@link CredentialType}s. */
    static CredentialsMatcher usable() {
        return CredentialsMatchers.anyOf(OWN_AND_STANDARD, CredentialType.anyInstalled());
    }

    private CredentialsChoice() {}

    static ListBoxModel listBox(@CheckForNull Item context, @CheckForNull String current) {
        String value = Util.fixNull(current).trim();
        StandardListBoxModel model = new StandardListBoxModel();
        if (!mayList(context)) {
            return value.isEmpty() ? withEmpty(model, context) : model.includeCurrentValue(value);
        }
        withEmpty(model, context);
        CredentialsMatcher usable = usable();
        if (context == null) {
            model.includeMatchingAs(ACL.SYSTEM2, Jenkins.get(), StandardCredentials.class, List.of(), usable);
        } else {
            for (Authentication as : runAuthentications(context)) {
                model.includeMatchingAs(as, context, StandardCredentials.class, List.of(), usable);
            }
        }
        return model.includeCurrentValue(value);
    }

    /** Empty is the global default in a job, and no credential at all on the global page. */
    private static StandardListBoxModel withEmpty(StandardListBoxModel model, @CheckForNull Item context) {
        model.add(context == null ? Messages.CredentialsChoice_none() : Messages.CredentialsChoice_globalDefault(), "");
        return model;
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
        StandardCredentials usable = visible(context, CredentialsMatchers.allOf(usable(), CredentialsMatchers.withId(id)));
        if (usable != null) {
            String problem = CredentialType.of(usable).map(type -> type.unusable(usable)).orElse(null);
            return problem == null ? FormValidation.ok() : FormValidation.error(problem);
        }
        return visible(context, CredentialsMatchers.withId(id)) != null
                ? FormValidation.error(Messages.CredentialsChoice_wrongType(id))
                : FormValidation.error(Messages.CredentialsChoice_notFound(id));
    }

    /** The first credential {@code matcher} matches that the context's builds would find, or null. */
    @CheckForNull
    private static StandardCredentials visible(@CheckForNull Item context, CredentialsMatcher matcher) {
        if (context == null) {
            return CredentialsMatchers.firstOrNull(CredentialsProvider.lookupCredentialsInItemGroup(
                    StandardCredentials.class, Jenkins.get(), ACL.SYSTEM2, List.of()), matcher);
        }
        return runAuthentications(context).stream().map(as -> CredentialsMatchers.firstOrNull(
                CredentialsProvider.lookupCredentialsInItem(StandardCredentials.class, context, as, List.of()), matcher))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /**
     * Whom a build of {@code job} finds credentials as: its default authentication, then SYSTEM if
     * that user may use the job's credentials (what {@code findCredentialById} does for a run).
     */
    private static List<Authentication> runAuthentications(Item job) {
        Authentication as = job instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2;
        if (as != ACL.SYSTEM2 && job.getACL().hasPermission2(as, CredentialsProvider.USE_ITEM)) {
            return List.of(as, ACL.SYSTEM2);
        }
        return List.of(as);
    }

    private static boolean mayList(@CheckForNull Item context) {
        return context == null
                ? Jenkins.get().hasPermission(Jenkins.ADMINISTER)
                : context.hasPermission(Item.EXTENDED_READ) || context.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
