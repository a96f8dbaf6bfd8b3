package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import hudson.util.Secret;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.gate.Verdict;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;
import org.kohsuke.stapler.verb.POST;

/**
 * Who may call each form method: the global page's only administrators, a job's credential list
 * only those who may configure the job or use its credentials, and nothing answers a GET. The form
 * methods are {@code @POST} (org.kohsuke.stapler.verb), as the credentials plugin's consumer guide
 * and warnings-ng have them: Stapler's {@code HttpVerbInterceptor} then declines any other verb
 * ({@code CancelRequestHandlingException}), no other dispatcher takes the request, and Jenkins
 * answers 404 ({@code @RequirePOST} would answer 405 with a form to re-send it as POST).
 */
@WithJenkins
class SecurityTest {

    private static final String ADMIN = "admin";
    private static final String CONFIGURER = "configurer";
    private static final String READER = "reader";
    private static final String STRANGER = "stranger";
    private static final String GLOBAL = "descriptorByName/" + HssGlobalConfiguration.class.getName() + "/";

    private JenkinsRule r;
    private FreeStyleProject job;

    @BeforeEach
    void secure(JenkinsRule rule) throws Exception {
        r = rule;
        job = r.createFreeStyleProject("job");
        SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAccessKeyCredentials(
                CredentialsScope.GLOBAL, "hss-ak", "HSS", "AKEXAMPLE", Secret.fromString("s3cr3t")));
        r.jenkins.setSecurityRealm(r.createDummySecurityRealm());
        r.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER).everywhere().to(ADMIN)
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE, Item.EXTENDED_READ).everywhere().to(CONFIGURER)
                .grant(Jenkins.READ, Item.READ).everywhere().to(READER)
                .grant(Jenkins.READ).everywhere().to(STRANGER));
    }

    /** Every form method of the global page (all its do* methods): administrators only, POST only. */
    @Test
    void globalFormMethodsNeedAnAdministratorAndAnswerOnlyPost() throws Exception {
        Map<String, List<Integer>> answers = new TreeMap<>();
        for (String method : formMethods(HssGlobalConfiguration.class)) {
            String url = GLOBAL + method;
            answers.put(method, List.of(post(CONFIGURER, url), post(READER, url),
                    request(ADMIN, url, HttpMethod.GET), post(ADMIN, url)));
        }
        assertThat(answers.keySet(), hasSize(12));
        assertThat(answers, is(everyAnswer(answers.keySet(), List.of(403, 403, 404, 200))));
    }

    @Test
    void jobCredentialListIsFilledOnlyForThoseWhoMayConfigureTheJob() {
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as(User.getById(CONFIGURER, true))) {
            assertThat(values(descriptor.doFillCredentialsIdItems(job, "")), contains("", "hss-ak"));
        }
        try (ACLContext ignored = ACL.as(User.getById(READER, true))) {
            // Only the current value, as the credentials plugin's consumer guide has it: empty is one option.
            assertThat(values(descriptor.doFillCredentialsIdItems(job, "")), contains(""));
            assertThat(values(descriptor.doFillCredentialsIdItems(job, "hss-ak")), contains("hss-ak"));
            assertThat(descriptor.doCheckCredentialsId(job, "missing").kind, is(FormValidation.Kind.OK));
        }
    }

    @Test
    void theEmptyChoiceOfAJobSaysTheGlobalDefaultAppliesAndOfTheGlobalPageThatThereIsNone() {
        HssBatchScanStep.DescriptorImpl step = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as(User.getById(ADMIN, true))) {
            assertThat(step.doFillCredentialsIdItems(job, "").get(0).name, is("- global default -"));
            assertThat(HssGlobalConfiguration.get().doFillCredentialsIdItems("").get(0).name, is("- none -"));
        }
    }

    @Test
    void jobCredentialListIsWhatTheJobsBuildsCanUseNotWhatSystemSees() {
        // The job's builds run as a user who may not use the job's credentials: the system store's
        // key is not theirs, so a build could not find it, and the list must not offer it.
        QueueItemAuthenticatorConfiguration.get().getAuthenticators()
                .add(new MockQueueItemAuthenticator().authenticate(job.getFullName(), User.getById(READER, true).impersonate2()));
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as(User.getById(CONFIGURER, true))) {
            assertThat(values(descriptor.doFillCredentialsIdItems(job, "")), contains(""));
            assertThat(descriptor.doCheckCredentialsId(job, "hss-ak").kind, is(FormValidation.Kind.ERROR));
        }
    }

    @Test
    void aCredentialOfAnotherTypeIsReportedAsSuchNotAsMissing() throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new FileCredentialsImpl(
                CredentialsScope.GLOBAL, "a-file", "not for HSS", "key.txt", SecretBytes.fromBytes(new byte[] {1})));
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        try (ACLContext ignored = ACL.as(User.getById(CONFIGURER, true))) {
            assertThat(descriptor.doCheckCredentialsId(job, "a-file").getMessage(), containsString("of a type HSS cannot use"));
            assertThat(descriptor.doCheckCredentialsId(job, "nothing").getMessage(), containsString("No access key"));
            assertThat(values(descriptor.doFillCredentialsIdItems(job, "")), contains("", "hss-ak"));
        }
    }

    /**
     * Every form method of the step (and so of the freestyle build step): POST only. Those that read
     * only the value typed need no permission; the credentials' are gated by the tests above.
     */
    @Test
    void stepFormMethodsAnswerOnlyPost() throws Exception {
        Map<String, List<Integer>> answers = new TreeMap<>();
        for (String method : formMethods(HssBatchScanStep.DescriptorImpl.class)) {
            String url = "job/job/descriptorByName/" + HssBatchScanStep.class.getName() + "/" + method;
            answers.put(method, List.of(request(CONFIGURER, url, HttpMethod.GET), post(CONFIGURER, url)));
        }
        assertThat(answers.keySet(), hasSize(23));
        assertThat(answers, is(everyAnswer(answers.keySet(), List.of(404, 200))));
    }

    /** The URL names of the {@code do*} methods {@code type} declares, each checked to be {@code @POST}. */
    private static List<String> formMethods(Class<?> type) {
        List<String> names = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().startsWith("do") && Modifier.isPublic(method.getModifiers())) {
                assertThat(method.getName() + " is @POST", method.isAnnotationPresent(POST.class), is(true));
                names.add(Character.toLowerCase(method.getName().charAt(2)) + method.getName().substring(3));
            }
        }
        return names;
    }

    private static Map<String, List<Integer>> everyAnswer(Set<String> methods, List<Integer> expected) {
        Map<String, List<Integer>> answers = new TreeMap<>();
        methods.forEach(method -> answers.put(method, expected));
        return answers;
    }

    @Test
    void theStoredReportIsServedOnlyToThoseWhoMayReadTheJob() throws Exception {
        FreeStyleBuild build = r.buildAndAssertSuccess(job);
        Instant now = Instant.now();
        ScanReportAction.store(build, new ScanReport(new Verdict(Outcome.SUCCESS, List.of(), List.of()), now, now, Map.of()), null);
        String report = "job/job/1/hss-image-scan/reportJson";
        assertThat(request(READER, report, HttpMethod.GET), is(200));
        assertThat(request(STRANGER, report, HttpMethod.GET), is(404));
    }

    @Test
    void aReportFileThatIsGoneIsNotFoundNotAServerError() throws Exception {
        FreeStyleBuild build = r.buildAndAssertSuccess(job);
        Instant now = Instant.now();
        ScanReportAction.store(build, new ScanReport(new Verdict(Outcome.SUCCESS, List.of(), List.of()), now, now, Map.of()), null);
        Files.delete(build.getRootDir().toPath().resolve(ScanReportAction.REPORT_FILE));
        assertThat(request(READER, "job/job/1/hss-image-scan/reportJson", HttpMethod.GET), is(404));
    }

    private int post(String user, String path) throws Exception {
        return request(user, path, HttpMethod.POST);
    }

    private int request(String user, String path, HttpMethod method) throws Exception {
        JenkinsRule.WebClient wc = r.createWebClient().withThrowExceptionOnFailingStatusCode(false).login(user);
        WebRequest request = new WebRequest(new URL(r.getURL(), path), method);
        return wc.getPage(method == HttpMethod.POST ? wc.addCrumb(request) : request).getWebResponse().getStatusCode();
    }

    private static List<String> values(ListBoxModel model) {
        return model.stream().map(option -> option.value).toList();
    }
}
