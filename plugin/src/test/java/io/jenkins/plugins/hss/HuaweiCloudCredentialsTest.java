package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import com.cloudbees.plugins.credentials.Credentials;
import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import com.huawei.devcloud.credentials.HWCloudAccesskeyCredentials;
import com.huawei.devcloud.credentials.HWCloudIAMUserCredentials;
import com.huawei.devcloud.credentials.HWCloudTokenCredentialsImpl;
import hudson.model.Result;
import hudson.util.FormValidation;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The credential types of the huaweicloud-credentials plugin, read by the optional
 * {@link HuaweiCloudCredentialTypes}: its IAM user and its token sign scans, its access key is
 * refused because that plugin loses the access key ID, and the drop-down offers all three.
 */
@WithJenkins
class HuaweiCloudCredentialsTest {

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void theirAccessKeyLosesItsIdSoABuildFailsBeforeAnyCallNamingTheBugAndTheFix() throws Exception {
        store(new HWCloudAccesskeyCredentials(CredentialsScope.GLOBAL, "hw-ak", HssSimulator.DEMO_ACCESS_KEY,
                HssSimulator.DEMO_SECRET_KEY, "AK/SK"));
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, scan("credentialsId: 'hw-ak'"));
        r.assertLogContains("stores the secret key in place of the access key ID", b);
        r.assertLogContains("Huawei Cloud access key", b);
        r.assertLogNotContains(HssSimulator.DEMO_SECRET_KEY, b);
        r.assertLogNotContains("\tat ", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES), is(0L));

        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        assertThat(descriptor.doCheckCredentialsId(b.getParent(), "hw-ak").getMessage(),
                containsString("huaweicloud-credentials"));
    }

    @Test
    void theirIamUserSignsInWithAPasswordTokenAndTheAccountNameOfTheStep() throws Exception {
        store(new HWCloudIAMUserCredentials(CredentialsScope.GLOBAL, "hw-user", "IAM user",
                HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD, "https://iam.example.invalid"));
        WorkflowRun b = r.buildAndAssertSuccess(scan("credentialsId: 'hw-user', accountName: '" + HssSimulator.DEMO_DOMAIN + "'"));
        assertThat(hss.requests(Endpoint.IAM_TOKENS), greaterThan(0L));
        r.assertLogNotContains(HssSimulator.DEMO_PASSWORD, b);
    }

    @Test
    void theirIamUserWithoutAnAccountNameFailsSayingWhereToSetIt() throws Exception {
        store(new HWCloudIAMUserCredentials(CredentialsScope.GLOBAL, "hw-user", "IAM user",
                HssSimulator.DEMO_USER, HssSimulator.DEMO_PASSWORD, null));
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, scan("credentialsId: 'hw-user'"));
        r.assertLogContains("set the account name in the step or in the global configuration", b);
        assertThat(hss.requests(Endpoint.IAM_TOKENS), is(0L));
    }

    @Test
    void theirTokenIsUsedAsIs() throws Exception {
        store(new HWCloudTokenCredentialsImpl(CredentialsScope.GLOBAL, "hw-token", "token", hss.token()));
        long issued = hss.requests(Endpoint.IAM_TOKENS);
        r.buildAndAssertSuccess(scan("credentialsId: 'hw-token'"));
        assertThat(hss.requests(Endpoint.IAM_TOKENS), is(issued));
        assertThat(hss.triggers(), is(1L));
    }

    @Test
    void theDropDownOffersTheirTypesBesideOursAndNotTheOthers() throws Exception {
        store(new HWCloudAccesskeyCredentials(CredentialsScope.GLOBAL, "hw-ak", "AK", "SK", "AK/SK"));
        store(new HWCloudIAMUserCredentials(CredentialsScope.GLOBAL, "hw-user", "IAM user", "u", "p", null));
        store(new HWCloudTokenCredentialsImpl(CredentialsScope.GLOBAL, "hw-token", "token", "t"));
        WorkflowJob job = scan("");
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        var values = descriptor.doFillCredentialsIdItems(job, "").stream().map(option -> option.value).toList();
        assertThat(values, hasItems(SimulatedHss.CREDENTIALS_ID, "hw-ak", "hw-user", "hw-token"));
        assertThat(descriptor.doCheckCredentialsId(job, "hw-token").kind, is(FormValidation.Kind.OK));
        assertThat(descriptor.doCheckCredentialsId(job, "hw-user").kind, is(FormValidation.Kind.OK));
    }

    private static void store(Credentials credentials) throws IOException {
        SystemCredentialsProvider.getInstance().getCredentials().add(credentials);
        SystemCredentialsProvider.getInstance().save();
    }

    private WorkflowJob scan(String parameters) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition("hsBatchScan imageType: 'private_image', images: ['" + SimulatedHss.CLEAN
                + "'], pollIntervalSeconds: 1" + (parameters.isEmpty() ? "" : ", " + parameters), true));
        return p;
    }
}
