package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SecretBytes;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Result;
import hudson.util.FormValidation;
import hudson.util.Secret;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.plaincredentials.impl.FileCredentialsImpl;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.NodeStepTypePredicate;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class HssBatchScanStepTest {

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void cleanImagePassesAndReturnsTheReport() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline("""
                def report = hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                echo "verdict=${report.verdict} images=${report.images.size()} status=${report.images[0].status}"
                """.formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("verdict=SUCCESS images=1 status=success", b);
        ScanReportAction action = b.getAction(ScanReportAction.class);
        assertThat(action, notNullValue());
        assertThat(action.getOutcome(), is("SUCCESS"));
        assertThat(action.getImages().get(0).getReference(), is(SimulatedHss.CLEAN));
        assertThat(new File(b.getRootDir(), ScanReportAction.REPORT_FILE).isFile(), is(true));
        assertThat(hss.triggers(), is(1L));
    }

    @Test
    void theNewerApiScansThroughAScanTaskWithTheSameVerdict() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline("""
                def report = hsBatchScan imageType: 'private_image', images: ['%s'], api: 'image-scan-tasks',
                                         pollIntervalSeconds: 1
                echo "verdict=${report.verdict} api=${report.api} status=${report.images[0].status}"
                """.formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("HSS API: image-scan-tasks (setting api)", b);
        r.assertLogContains("verdict=SUCCESS api=image-scan-tasks status=success", b);
        assertThat(hss.requests(Endpoint.CREATE_IMAGE_SCAN_TASK), is(1L));
        assertThat(hss.requests(Endpoint.LIST_REGISTRY_IMAGES), greaterThan(0L));
        assertThat(hss.triggers(), is(0L));
    }

    @Test
    void aHarborImageNamedByItsRegistryIsJudgedByItsOwnRowNotTheSameNamedSwrOne() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline("""
                def report = hsBatchScan imageType: 'harbor', registry: '%s', images: ['%s'], api: 'image-scan-tasks',
                                         pollIntervalSeconds: 1
                echo "verdict=${report.verdict} status=${report.images[0].status}"
                """.formatted(SimulatedHss.HARBOR, SimulatedHss.VULNERABLE)));
        r.assertLogContains("registry: team harbor (Harbor harbor-1)", b);
        r.assertLogContains("verdict=SUCCESS status=success", b);
        assertThat(hss.requests(Endpoint.LIST_REGISTRIES), is(1L));
        assertThat(hss.requests(Endpoint.CREATE_IMAGE_SCAN_TASK), is(1L));
    }

    @Test
    void aRegistryOnBatchScanIsRefusedNamingTheParameterAndTheFixBeforeAnyCall() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'harbor', registry: '%s', images: ['%s']
                """.formatted(SimulatedHss.HARBOR, SimulatedHss.VULNERABLE)));
        r.assertLogContains("registry", b);
        r.assertLogContains("use api image-scan-tasks", b);
        assertThat(hss.triggers(), is(0L));
        assertThat(hss.requests(Endpoint.LIST_REGISTRIES), is(0L));
    }

    @Test
    void anUnknownApiIsRefusedNamingTheParameterBeforeAnyCall() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], api: 'v2'
                """.formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("api", b);
        r.assertLogContains("batch-scan, image-scan-tasks, auto", b);
        assertThat(hss.triggers(), is(0L));
        assertThat(hss.requests(Endpoint.CREATE_IMAGE_SCAN_TASK), is(0L));
    }

    @Test
    void eachScanOfABuildKeepsItsOwnReport() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                """.formatted(SimulatedHss.CLEAN, SimulatedHss.CLEAN)));
        List<ScanReportAction> actions = b.getActions(ScanReportAction.class);
        assertThat(actions.size(), is(2));
        assertThat(actions.get(0).getUrlName(), is("hss-image-scan"));
        assertThat(actions.get(1).getUrlName(), is("hss-image-scan-2"));
        assertThat(actions.get(1).getDisplayName(), is("HSS image scan (2)"));
        assertThat(new File(b.getRootDir(), ScanReportAction.REPORT_FILE).isFile(), is(true));
        assertThat(new File(b.getRootDir(), "hss-image-scan/report-2.json").isFile(), is(true));
        WebRequest page = new WebRequest(new URL(r.getURL(), b.getUrl() + "hss-image-scan-2/"));
        assertThat(r.createWebClient().getPage(page).getWebResponse().getContentAsString(),
                containsString(SimulatedHss.CLEAN));
        assertThat(hss.triggers(), is(2L));
    }

    @Test
    void failedGateFailsTheStepWithItsReasons() throws Exception {
        WorkflowJob p = pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], gate: ['immediate_repair>0:failure'],
                            pollIntervalSeconds: 1
                echo 'not reached'
                """.formatted(SimulatedHss.VULNERABLE));
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, p);
        r.assertLogContains("The HSS scan gate failed", b);
        r.assertLogContains(SimulatedHss.VULNERABLE, b);
        r.assertLogNotContains("not reached", b);
        r.assertLogNotContains("\tat ", b);
        assertThat(b.getAction(ScanReportAction.class).getOutcome(), is("FAILURE"));
    }

    @Test
    void unstableGateMarksTheBuildAndTheStepAndTheRunGoesOn() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, pipeline("""
                def report = hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                echo "after the scan: verdict=${report.verdict} status=${report.images[0].status}"
                """.formatted(SimulatedHss.OVERSIZED)));
        r.assertLogContains("after the scan: verdict=UNSTABLE status=image_oversized", b);
        FlowNode step = new DepthFirstScanner().findFirstMatch(b.getExecution(), new NodeStepTypePredicate("hsBatchScan"));
        WarningAction warning = step.getPersistentAction(WarningAction.class);
        assertThat(warning, notNullValue());
        assertThat(warning.getResult(), is(Result.UNSTABLE));
        assertThat(warning.getMessage(), containsString(SimulatedHss.OVERSIZED));
    }

    @Test
    void outcomeRulesOverrideTheEnginesOutcomeOfAStatus() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], outcomes: ['image_oversized=failure'],
                            pollIntervalSeconds: 1, maxPollInterval: '2s', startGracePeriod: '0s'
                """.formatted(SimulatedHss.OVERSIZED)));
        r.assertLogContains("The HSS scan gate failed", b);
        assertThat(b.getAction(ScanReportAction.class).getOutcome(), is("FAILURE"));
    }

    @Test
    void formChecksNameTheUnreadableOutcomeRulesAndDurations() {
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        assertThat(descriptor.doCheckOutcomes("timeout=unstable\nscanning=failure").getMessage(), containsString("scanning"));
        assertThat(descriptor.doCheckOutcomes("timeout=unstable").kind, is(FormValidation.Kind.OK));
        assertThat(descriptor.doCheckMaxPollInterval("soon").kind, is(FormValidation.Kind.ERROR));
        assertThat(descriptor.doCheckStartGracePeriod("5m").kind, is(FormValidation.Kind.OK));
    }

    @Test
    void abortStopsTheWaitAtOnce() throws Exception {
        WorkflowJob p = pipeline("hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1"
                .formatted(SimulatedHss.SLOW));
        WorkflowRun b = p.scheduleBuild2(0).waitForStart();
        r.waitForMessage("triggered the scan", b);
        long stopping = System.nanoTime();
        b.doStop();
        r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping), lessThan(5_000L));
    }

    @Test
    void neverPrintsTheSecretKey() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline(
                "hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1".formatted(SimulatedHss.CLEAN)));
        r.assertLogNotContains(HssSimulator.DEMO_SECRET_KEY, b);
        r.assertLogContains(SimulatedHss.CREDENTIALS_ID, b);
    }

    @Test
    void invalidSettingsFailBeforeAnyCallOneProblemALineNamingTheParameter() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['team/app:1.2', 'app'], imageSize: 'big'"));
        r.assertLogContains("The scan settings are not valid:", b);
        r.assertLogContains(" - images: Image \"app\" has no organization: write images as namespace/name:tag.", b);
        r.assertLogContains(" - images: Image \"app\" has no tag: write images as namespace/name:tag.", b);
        r.assertLogContains(" - imageSize: image_size \"big\" is not a size", b);
        r.assertLogNotContains("\"null\"", b);
        r.assertLogNotContains("image_info_list", b);
        r.assertLogNotContains(".;", b);
        assertThat(hss.triggers(), is(0L));
    }

    @Test
    void aBadConnectionIsReportedWithTheSettingsProblemsBeforeAnyCall() throws Exception {
        // Without a global IAM endpoint the region's is needed, and mars-1 has none.
        HssGlobalConfiguration.get().setIamEndpoint("");
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['not a reference'], region: 'mars-1'"));
        r.assertLogContains("The scan settings are not valid", b);
        r.assertLogContains("region: region \"mars-1\"", b);
        // As typed, not split into "not", "a" and "reference".
        r.assertLogContains("images: Image \"not a reference\" contains white space", b);
        assertThat(hss.triggers(), is(0L));
    }

    @Test
    void theStatusCountsTheScansAsTheyFinish() throws Exception {
        WorkflowRun b = pipeline("hsBatchScan imageType: 'private_image', images: ['%s', '%s'], pollIntervalSeconds: 1"
                .formatted(SimulatedHss.CLEAN, SimulatedHss.SLOW)).scheduleBuild2(0).waitForStart();
        r.waitForMessage(SimulatedHss.CLEAN + ": finished, success", b);
        awaitStatus(b, Messages.HssBatchScanExecution_waiting(1, 2));
        b.doStop();
        r.waitForCompletion(b);
    }

    @Test
    void theStatusOfAnOperateAllRunCountsTheWholeSelection() throws Exception {
        // The five images of namespace team: counted at the trigger, discovered as they finish.
        WorkflowRun b = pipeline("hsBatchScan imageType: 'private_image', operateAll: true, namespace: 'team', "
                + "pollIntervalSeconds: 1").scheduleBuild2(0).waitForStart();
        r.waitForMessage("triggered the scan", b);
        awaitStatus(b, Messages.HssBatchScanExecution_waiting(4, 5));
        b.doStop();
        r.waitForCompletion(b);
    }

    @Test
    void theLinesOfParallelBranchesAreToldApart() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline("""
                parallel web: {
                    hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                }, api: {
                    hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                }
                """.formatted(SimulatedHss.CLEAN, SimulatedHss.CLEAN)));
        r.assertLogContains("[HSS web] triggered the scan of 1 image", b);
        r.assertLogContains("[HSS api] triggered the scan of 1 image", b);
    }

    @Test
    void theFreestyleBuildStepRefusesToRunInPipelineAndPointsToTheStep() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                step([$class: 'HssBatchScanBuilder', scan: [imageType: 'private_image', images: ['%s']]])
                """.formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("use the hsBatchScan step", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES) + hss.triggers(), is(0L));
    }

    @Test
    void aCredentialOfAnotherTypeFailsTheBuildSayingSo() throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new FileCredentialsImpl(
                CredentialsScope.GLOBAL, "a-file", "not for HSS", "key.txt", SecretBytes.fromBytes(new byte[] {1})));
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['%s'], credentialsId: 'a-file'".formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("The credentials 'a-file' are a Secret file, which HSS cannot use", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES), is(0L));
    }

    @Test
    void anAccessKeyWithoutItsSecretFailsTheBuildBeforeAnyCall() throws Exception {
        SystemCredentialsProvider.getInstance().getCredentials().add(new HuaweiCloudAccessKeyCredentials(
                CredentialsScope.GLOBAL, "half-key", "no secret", "AKEXAMPLE", Secret.fromString("")));
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['%s'], credentialsId: 'half-key'".formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("The access key 'half-key' has no access key ID or no secret key", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES), is(0L));
    }

    @Test
    void aJobsRegionIsCheckedWithTheGlobalEndpoints() {
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        // SimulatedHss configures both endpoints, which make any region usable.
        assertThat(descriptor.doCheckRegion("dedicated-1").kind, is(FormValidation.Kind.OK));
        HssGlobalConfiguration.get().setIamEndpoint("");
        assertThat(descriptor.doCheckRegion("dedicated-1").getMessage(), containsString("cn-north-4"));
        assertThat(descriptor.doCheckRegion("").kind, is(FormValidation.Kind.OK));
    }

    @Test
    void stepRoundTripsThroughTheFormAndTheSnippetGenerator() throws Exception {
        HssBatchScanStep step = new HssBatchScanStep("private_image");
        step.setImages(List.of(SimulatedHss.CLEAN, SimulatedHss.OVERSIZED));
        step.setGate(List.of("immediate_repair>0:failure", "delay_repair>10:unstable"));
        step.setCredentialsId(SimulatedHss.CREDENTIALS_ID);
        step.setRegion("ap-southeast-1");
        step.setImageSize("1024");
        step.setStartLatestUpdateTime("2026-01-01T00:00:00Z");
        step.setTimeoutMinutes(20);
        step.setOutcomes(List.of("image_oversized=failure", "timeout=unstable"));
        step.setMaxPollInterval("90s");
        step.setStartGracePeriod("2m");
        step.setLatestVersion(true);
        r.assertEqualDataBoundBeans(step, new StepConfigTester(r).configRoundTrip(step));

        HssBatchScanStep shortForm = new HssBatchScanStep("private_image");
        shortForm.setImages(List.of(SimulatedHss.CLEAN));
        new SnippetizerTester(r).assertRoundTrip(shortForm,
                "hsBatchScan imageType: 'private_image', images: ['" + SimulatedHss.CLEAN + "']");
    }

    /** The step's status as Jenkins shows it on the running build (Pipeline steps view, thread dump). */
    private static void awaitStatus(WorkflowRun b, String expected) throws Exception {
        while (b.getExecution().getCurrentExecutions(false).get().stream()
                .noneMatch(e -> e instanceof HssBatchScanExecution && e.getStatus().equals(expected))) {
            Thread.sleep(100);
        }
    }

    private WorkflowJob pipeline(String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p;
    }
}
