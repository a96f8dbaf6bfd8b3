package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import hudson.FilePath;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.util.FormValidation;
import io.jenkins.plugins.analysis.core.model.ResultAction;
import io.jenkins.plugins.hss.simulator.Endpoint;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The SARIF report of issue 17 in Jenkins: the step writes the file the CLI's
 * {@code --report-sarif} writes into the workspace, the build keeps it, and Warnings NG's SARIF
 * parser reads it back.
 */
@WithJenkins
class SarifReportTest {

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void recordIssuesReadsTheStepsSarifFileBack() throws Exception {
        // An agent: the file is written through the remote workspace, where recordIssues reads it.
        r.createOnlineSlave();
        WorkflowJob p = pipeline("""
                node('!built-in') {
                  hsBatchScan imageType: 'private_image', images: ['%s', '%s'], gate: ['immediate_repair>0:unstable'],
                              reportSarif: 'reports/hss.sarif', pollIntervalSeconds: 1
                  recordIssues tool: sarif(pattern: 'reports/hss.sarif')
                }
                """.formatted(SimulatedHss.VULNERABLE, SimulatedHss.CLEAN));
        WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, p);

        r.assertLogContains("SARIF report written to reports/hss.sarif in the workspace", b);
        ResultAction issues = b.getAction(ResultAction.class);
        assertThat(r.getLog(b), issues, notNullValue());
        assertThat(issues.getResult().getTotalSize(), greaterThan(0));
        List<String> read = issues.getResult().getIssues().stream()
                .map(issue -> issue.getType() + " " + issue.getMessage() + " " + issue.getFileName()).toList();
        assertThat(read.toString(), read.stream().anyMatch(issue -> issue.contains("CVE-2026-0001")), is(true));
        assertThat(read.toString(), read.stream().anyMatch(issue -> issue.contains("team/legacy")), is(true));
        assertThat(hss.requests(Endpoint.LIST_IMAGE_VULNERABILITIES), greaterThan(0L));
    }

    @Test
    void theBuildKeepsTheSarifFileItWroteIntoTheWorkspaceAndServesIt() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        HssBatchScanStep scan = new HssBatchScanStep("private_image");
        scan.setImages(List.of(SimulatedHss.VULNERABLE));
        scan.setReportSarif("hss.sarif");
        scan.setPollIntervalSeconds(1);
        p.getBuildersList().add(new HssBatchScanBuilder(scan));
        FreeStyleBuild b = r.buildAndAssertSuccess(p);

        ScanReportAction action = b.getAction(ScanReportAction.class);
        assertThat(action.isSarif(), is(true));
        String kept = Files.readString(action.sarifFile(), StandardCharsets.UTF_8);
        FilePath workspace = b.getWorkspace();
        assertThat(workspace, notNullValue());
        assertThat(workspace.child("hss.sarif").readToString(), is(kept));
        assertThat(kept, containsString("\"version\" : \"2.1.0\""));
        assertThat(kept, containsString("CVE-2026-0001"));
        WebResponse served = r.createWebClient().getPage(
                new WebRequest(new URL(r.getURL(), b.getUrl() + "hss-image-scan/reportSarif"))).getWebResponse();
        assertThat(served.getContentAsString(), is(kept));
        assertThat(r.createWebClient().getPage(new WebRequest(new URL(r.getURL(), b.getUrl() + "hss-image-scan/")))
                .getWebResponse().getContentAsString(), containsString("reportSarif"));
    }

    @Test
    void aSarifFileOutsideNodeFailsBeforeAnyCallSayingWhy() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], reportSarif: 'hss.sarif'
                """.formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("writing 'hss.sarif' needs a workspace", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES), is(0L));
    }

    @Test
    void aSarifPathOutsideTheWorkspaceIsRefusedByTheFormAndTheBuild() throws Exception {
        HssBatchScanStep.DescriptorImpl descriptor = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
        assertThat(descriptor.doCheckReportSarif("../hss.sarif").kind, is(FormValidation.Kind.ERROR));
        assertThat(descriptor.doCheckReportSarif("/tmp/hss.sarif").kind, is(FormValidation.Kind.ERROR));
        assertThat(descriptor.doCheckReportSarif("reports/hss.sarif").kind, is(FormValidation.Kind.OK));
        assertThat(descriptor.doCheckReportSarif("").kind, is(FormValidation.Kind.OK));

        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline("""
                node { hsBatchScan imageType: 'private_image', images: ['%s'], reportSarif: '../hss.sarif' }
                """.formatted(SimulatedHss.CLEAN)));
        r.assertLogContains("reportSarif: '../hss.sarif' is not a path inside the workspace", b);
        assertThat(hss.requests(Endpoint.LIST_SWR_IMAGES), is(0L));
    }

    @Test
    void withoutSarifTheBuildKeepsNone() throws Exception {
        WorkflowRun b = r.buildAndAssertSuccess(pipeline("""
                hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                """.formatted(SimulatedHss.CLEAN)));
        ScanReportAction action = b.getAction(ScanReportAction.class);
        assertThat(action.isSarif(), is(false));
        assertThat(Files.exists(action.sarifFile()), is(false));
        assertThat(r.createWebClient().withThrowExceptionOnFailingStatusCode(false).getPage(
                new WebRequest(new URL(r.getURL(), b.getUrl() + "hss-image-scan/reportSarif")))
                .getWebResponse().getStatusCode(), is(404));
        assertThat(List.of(Path.of(b.getRootDir().getPath(), "hss-image-scan").toFile().list()), hasItem("report.json"));
    }

    private WorkflowJob pipeline(String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p;
    }
}
