package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.model.StringParameterValue;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class HssBatchScanBuilderTest {

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void expandsBuildParametersInEveryText() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        p.addProperty(new ParametersDefinitionProperty(
                new StringParameterDefinition("IMAGES", ""),
                new StringParameterDefinition("IMAGE_TAG", ""),
                new StringParameterDefinition("POLICY", "")));
        HssBatchScanStep scan = new HssBatchScanStep("private_image");
        scan.setImages(List.of("${IMAGES}", "team/app:${IMAGE_TAG}"));
        scan.setGate(List.of("${POLICY}"));
        scan.setPollIntervalSeconds(1);
        p.getBuildersList().add(new HssBatchScanBuilder(scan));

        FreeStyleBuild b = r.assertBuildStatus(Result.UNSTABLE, p.scheduleBuild2(0, new ParametersAction(
                new StringParameterValue("IMAGES", SimulatedHss.OVERSIZED + ", " + SimulatedHss.VULNERABLE),
                new StringParameterValue("IMAGE_TAG", "1.2"),
                new StringParameterValue("POLICY", "immediate_repair>0:unstable"))));

        List<String> scanned = b.getAction(ScanReportAction.class).getImages().stream().map(ImageRow::getReference).toList();
        assertThat(scanned, contains(SimulatedHss.OVERSIZED, SimulatedHss.VULNERABLE, SimulatedHss.CLEAN));
        r.assertLogContains("immediate_repair", b);
    }

    @Test
    void failedGateFailsTheBuild() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        HssBatchScanStep scan = new HssBatchScanStep("private_image");
        scan.setImages(List.of(SimulatedHss.VULNERABLE));
        scan.setGate(List.of("immediate_repair>0:failure"));
        scan.setPollIntervalSeconds(1);
        p.getBuildersList().add(new HssBatchScanBuilder(scan));
        FreeStyleBuild b = r.buildAndAssertStatus(Result.FAILURE, p);
        r.assertLogContains("The HSS scan gate failed", b);
    }

    @Test
    void configurationRoundTripsThroughTheForm() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        HssBatchScanStep scan = new HssBatchScanStep("shared_image");
        scan.setImages(List.of("team/app:${IMAGE_TAG}", SimulatedHss.CLEAN));
        scan.setNamespace("team");
        scan.setScanStatus("failed");
        scan.setEndLatestScanTime("1767225600000");
        scan.setEnterpriseProjectId("all_granted_eps");
        scan.setGate(List.of("total:malicious_files>0:failure"));
        HssBatchScanBuilder builder = new HssBatchScanBuilder(scan);
        p.getBuildersList().add(builder);
        r.configRoundtrip(p);
        r.assertEqualDataBoundBeans(builder, p.getBuildersList().get(HssBatchScanBuilder.class));
    }
}
