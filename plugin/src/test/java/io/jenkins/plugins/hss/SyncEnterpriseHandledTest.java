package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.util.FormValidation;
import io.jenkins.plugins.hss.simulator.Endpoint;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Issue 15 in Jenkins: a tag pushed just before the step is synced, found, scanned and gated on
 * (unless {@code synchronize: false}); SWR Enterprise images are scanned in the instance the job
 * names; handled vulnerabilities count with {@code countHandled} only.
 */
@WithJenkins
class SyncEnterpriseHandledTest {

    private static final String PUSHED = "team/app:1.1";

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void aTagPushedJustNowIsSyncedFoundScannedAndGatedOn() throws Exception {
        hss.push(PUSHED);
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], gate: ['immediate_repair>0:failure'],
                            pollIntervalSeconds: 1
                """.formatted(PUSHED)));
        r.assertLogContains("asking HSS to sync its copy of the private_image repository", b);
        r.assertLogContains("synced: found " + PUSHED, b);
        r.assertLogContains(PUSHED + ": 1 unhandled immediate_repair (more than 0)", b);
        assertThat(hss.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE), is(1L));
        // The list at once (HSS skips the tag it does not list yet), then the tag once synced.
        assertThat(hss.triggers(), is(2L));
    }

    @Test
    void withoutSyncThePushedTagIsNotFoundAndNoSyncIsAskedFor() throws Exception {
        hss.push(PUSHED);
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], synchronize: false, pollIntervalSeconds: 1
                """.formatted(PUSHED)));
        r.assertLogContains("not found in the repository", b);
        r.assertLogContains("synchronize is off", b);
        assertThat(hss.requests(Endpoint.RUN_IMAGE_SYNCHRONIZE), is(0L));
    }

    @Test
    void theFreestyleStepScansAnEnterpriseImageInTheInstanceItNames() throws Exception {
        FreeStyleBuild clean = r.buildAndAssertSuccess(enterpriseJob(SimulatedHss.CLEAN_INSTANCE));
        FreeStyleBuild vulnerable = r.buildAndAssertStatus(Result.FAILURE, enterpriseJob(SimulatedHss.VULNERABLE_INSTANCE));
        r.assertLogContains(SimulatedHss.ENTERPRISE, clean);
        r.assertLogContains("immediate_repair", vulnerable);
    }

    @Test
    void anEnterpriseImageWithoutItsInstanceFailsBeforeAnyCallNamingTheParameter() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'instance_image', images: ['%s']
                """.formatted(SimulatedHss.ENTERPRISE)));
        r.assertLogContains("instanceId: instance_id is missing", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES), is(0L));
        assertThat(hss.triggers(), is(0L));
    }

    @Test
    void aVulnerabilityMarkedHandledFailsTheBuildOnlyWhenHandledOnesCount() throws Exception {
        r.buildAndAssertSuccess(pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], gate: ['immediate_repair>0'], pollIntervalSeconds: 1
                """.formatted(SimulatedHss.HANDLED)));
        WorkflowRun counted = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], gate: ['immediate_repair>0'], countHandled: true,
                            pollIntervalSeconds: 1
                """.formatted(SimulatedHss.HANDLED)));
        r.assertLogContains(SimulatedHss.HANDLED + ": 1 immediate_repair (more than 0)", counted);
    }

    @Test
    void theInstanceFieldIsCheckedAgainstTheImageType() {
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        assertThat(descriptor.doCheckInstanceId("", "instance_image", false).getMessage(),
                containsString("instance_id is missing"));
        assertThat(descriptor.doCheckInstanceId("inst-a", "private_image", false).getMessage(),
                containsString("has no instances"));
        assertThat(descriptor.doCheckInstanceId("inst a", "instance_image", false).getMessage(),
                containsString("is not an SWR Enterprise instance id"));
        assertThat(descriptor.doCheckInstanceId("inst-a", "instance_image", true).getMessage(),
                containsString("operate_all"));
        assertThat(descriptor.doCheckInstanceId("inst-a", "instance_image", false).kind, is(FormValidation.Kind.OK));
        assertThat(descriptor.doCheckInstanceId("", "private_image", false).kind, is(FormValidation.Kind.OK));
        assertThat(descriptor.doCheckInstanceId("${INSTANCE}", "instance_image", false).kind, is(FormValidation.Kind.OK));
    }

    @Test
    void theNewFieldsRoundTripAndTheSnippetNamesOnlyWhatDiffersFromTheDefaults() throws Exception {
        HssBatchScanStep step = new HssBatchScanStep("instance_image");
        step.setImages(List.of(SimulatedHss.ENTERPRISE));
        step.setInstanceId(SimulatedHss.CLEAN_INSTANCE);
        step.setSynchronize(false);
        step.setCountHandled(true);
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));

        SnippetizerTester snippets = new SnippetizerTester(r);
        snippets.assertRoundTrip(step, "hsBatchScan countHandled: true, imageType: 'instance_image', images: ['"
                + SimulatedHss.ENTERPRISE + "'], instanceId: 'inst-a', synchronize: false");
        HssBatchScanStep defaults = new HssBatchScanStep("private_image");
        defaults.setImages(List.of(SimulatedHss.CLEAN));
        defaults.setSynchronize(true);
        defaults.setCountHandled(false);
        snippets.assertRoundTrip(defaults, "hsBatchScan imageType: 'private_image', images: ['" + SimulatedHss.CLEAN + "']");
    }

    private FreeStyleProject enterpriseJob(String instanceId) throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        HssBatchScanStep scan = new HssBatchScanStep("instance_image");
        scan.setImages(List.of(SimulatedHss.ENTERPRISE));
        scan.setInstanceId(instanceId);
        scan.setGate(List.of("immediate_repair>0:failure"));
        scan.setPollIntervalSeconds(1);
        p.getBuildersList().add(new HssBatchScanBuilder(scan));
        return p;
    }

    private WorkflowJob pipeline(String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p;
    }
}
