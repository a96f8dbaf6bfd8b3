package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.notNullValue;

import hudson.model.Result;
import hudson.util.FormValidation;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.htmlunit.WebRequest;
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
                hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                echo 'after the scan'
                """.formatted(SimulatedHss.OVERSIZED)));
        r.assertLogContains("after the scan", b);
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
    void invalidSettingsFailBeforeAnyCall() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['not a reference'], imageSize: 'big'"));
        r.assertLogContains("The scan settings are not valid", b);
        r.assertLogContains("image_size", b);
        assertThat(hss.triggers(), is(0L));
    }

    @Test
    void aBadConnectionIsReportedWithTheSettingsProblemsBeforeAnyCall() throws Exception {
        // Without a global IAM endpoint the region's is needed, and mars-1 has none.
        HssGlobalConfiguration.get().setIamEndpoint("");
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['not a reference'], region: 'mars-1'"));
        r.assertLogContains("The scan settings are not valid", b);
        r.assertLogContains("mars-1", b);
        r.assertLogContains("not a reference", b);
        assertThat(hss.triggers(), is(0L));
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

    private WorkflowJob pipeline(String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p;
    }
}
