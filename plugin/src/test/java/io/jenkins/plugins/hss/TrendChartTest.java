package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import hudson.model.Result;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.htmlunit.WebRequest;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The job page's trends (echarts-api): findings by repair necessity and images by outcome, one
 * point per build, from the figures each build keeps of its scans.
 */
@WithJenkins
class TrendChartTest {

    private static final String GATE = "gate: ['immediate_repair>0:unstable'], pollIntervalSeconds: 1";

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void theJobPageShowsBothTrendsOnceTwoBuildsScannedAndTheirModelsHoldEachBuild() throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p");
        p.setDefinition(scan("'" + SimulatedHss.VULNERABLE + "'"));
        r.buildAndAssertStatus(Result.UNSTABLE, p);
        assertThat(jobPage(p), not(containsString("HSS vulnerabilities by repair necessity")));

        p.setDefinition(scan("'" + SimulatedHss.VULNERABLE + "', '" + SimulatedHss.CLEAN + "'"));
        r.buildAndAssertStatus(Result.UNSTABLE, p);

        String page = jobPage(p);
        assertThat(page, containsString("HSS vulnerabilities by repair necessity"));
        assertThat(page, containsString("HSS images by gate outcome"));
        assertThat(page, containsString("echarts-trend"));

        JsonNode findings = model(p, "findings");
        assertThat(findings.path("buildNumbers").toString(), is("[1,2]"));
        assertThat(findings.path("domainAxisLabels").toString(), is("[\"#1\",\"#2\"]"));
        assertThat(lines(findings).get("Immediate repair"), is("[1.0,1.0]"));
        assertThat(lines(findings).get("All vulnerabilities"), is("[1.0,1.0]"));
        JsonNode outcomes = model(p, "outcomes");
        assertThat(lines(outcomes).get("Images passing"), is("[0.0,1.0]"));
        assertThat(lines(outcomes).get("Images making the build unstable"), is("[1.0,1.0]"));
        assertThat(lines(outcomes).get("Images failing the gate"), is("[0.0,0.0]"));
    }

    @Test
    void aBuildThatScansTwiceIsOnePointWithTheSumOfItsScans() throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "twice");
        p.setDefinition(new CpsFlowDefinition("""
                hsBatchScan imageType: 'private_image', images: ['%s'], %s
                hsBatchScan imageType: 'private_image', images: ['%s'], %s
                """.formatted(SimulatedHss.VULNERABLE, GATE, SimulatedHss.CLEAN, GATE), true));
        r.buildAndAssertStatus(Result.UNSTABLE, p);
        r.buildAndAssertStatus(Result.UNSTABLE, p);

        assertThat(jobPage(p).split("HSS images by gate outcome", -1).length, is(2));
        JsonNode outcomes = model(p, "outcomes");
        assertThat(lines(outcomes).get("Images passing"), is("[1.0,1.0]"));
        assertThat(lines(outcomes).get("Images making the build unstable"), is("[1.0,1.0]"));
    }

    private static CpsFlowDefinition scan(String images) throws Exception {
        return new CpsFlowDefinition("hsBatchScan imageType: 'private_image', images: [" + images + "], " + GATE, true);
    }

    private String jobPage(WorkflowJob p) throws Exception {
        return r.createWebClient().getPage(new WebRequest(new URL(r.getURL(), p.getUrl()))).getWebResponse().getContentAsString();
    }

    private JsonNode model(WorkflowJob p, String chart) throws Exception {
        String json = r.createWebClient().getPage(new WebRequest(new URL(r.getURL(), p.getUrl() + "hss-image-scan/" + chart + "/")))
                .getWebResponse().getContentAsString();
        return new ObjectMapper().readTree(json);
    }

    /** Each line's name and values. */
    private static Map<String, String> lines(JsonNode model) {
        Map<String, String> lines = new LinkedHashMap<>();
        List<JsonNode> series = new ArrayList<>();
        model.path("series").forEach(series::add);
        series.forEach(line -> lines.put(line.path("name").asText(), line.path("data").toString()));
        return lines;
    }
}
