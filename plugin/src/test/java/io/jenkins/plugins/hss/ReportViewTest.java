package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import hudson.AbortException;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.ScanTaskReading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.json.JSONArray;
import net.sf.json.JSONObject;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The report as a user sees it: the build page, the detail page, the REST API; and at scale. */
@WithJenkins
class ReportViewTest {

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void thePagesEscapeWhatTheApiSaysAndShowItBesideTheStatus() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.FAILURE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['%s', '%s'], pollIntervalSeconds: 1"
                        .formatted(SimulatedHss.HOSTILE, SimulatedHss.CLEAN)));
        String buildPage = Pages.html(r, b.getUrl());
        HtmlPage report = Pages.get(r, b.getUrl() + "hss-image-scan/");
        String reportHtml = report.getWebResponse().getContentAsString();
        for (String html : List.of(buildPage, reportHtml)) {
            // Jelly's escape-by-default escapes < and &, which is what keeps markup from being markup.
            assertThat(html, not(containsString("<script>alert('hss')")));
            assertThat(html, not(containsString("<img src=x")));
            assertThat(html, containsString("&lt;script>alert('hss')&lt;/script>&lt;img src=x"));
        }
        // HSS's failure text stands in the reason, a line of its own under the image, not "failed(<text>)".
        String text = report.asNormalizedText();
        assertThat(text, not(containsString("failed(")));
        assertThat(text, containsString(SimulatedHss.HOSTILE + "\nscan status failed (" + SimulatedHss.HOSTILE_TEXT + ")"));
        assertThat(reportHtml, containsString("css/report.css"));
    }

    @Test
    void theVerdictAndCountsAreInTheBuildsRestApi() throws Exception {
        WorkflowRun b = r.buildAndAssertStatus(Result.UNSTABLE, pipeline(
                "hsBatchScan imageType: 'private_image', images: ['%s', '%s'], pollIntervalSeconds: 1"
                        .formatted(SimulatedHss.OVERSIZED, SimulatedHss.CLEAN)));
        JSONObject build = r.getJSON(b.getUrl() + "api/json?depth=1").getJSONObject();
        JSONObject scan = null;
        JSONArray actions = build.getJSONArray("actions");
        for (int i = 0; i < actions.size(); i++) {
            JSONObject action = actions.optJSONObject(i);
            if (action != null && ScanReportAction.class.getName().equals(action.optString("_class"))) {
                scan = action;
            }
        }
        assertThat(String.valueOf(scan), scan != null, is(true));
        assertThat(scan.getString("verdict"), is("UNSTABLE"));
        assertThat(scan.getInt("imageCount"), is(2));
        assertThat(scan.getJSONObject("totals").getInt("image_oversized"), is(1));
        assertThat(scan.getJSONObject("totals").getInt("success"), is(1));
        assertThat(scan.getString("urlName"), is("hss-image-scan"));
        assertThat(scan.getJSONArray("reasons").getString(0), containsString(SimulatedHss.OVERSIZED));
    }

    @Test
    void aScanOfManyImagesShowsAnExcerptWithEveryImageInItsTotals() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        FreeStyleBuild b = r.buildAndAssertSuccess(p);
        ScanReport report = report(150, 100);
        ScanReportAction action = ScanReportAction.store(b, report, null);

        assertThat(action.getReasons(), hasSize(ScanReportAction.SHOWN));
        assertThat(action.getReasonsOmitted(), is(50));
        assertThat(action.getImageCount(), is(250));
        assertThat(action.getImages(), hasSize(ScanReportAction.SHOWN));
        assertThat(action.getImages().stream().allMatch(row -> row.getOutcome().equals("FAILURE")), is(true));
        assertThat(action.getImagesOmitted(), is(150));

        Map<String, Object> value = ReportValue.of(report);
        assertThat((List<?>) value.get("images"), hasSize(ScanReportAction.SHOWN));
        assertThat((List<?>) value.get("reasons"), hasSize(ScanReportAction.SHOWN));
        assertThat(value.get("imagesOmitted"), is(150));
        assertThat(value.get("reasonsOmitted"), is(50));
        assertThat(((Map<?, ?>) value.get("totals")).get("failed"), is(150));

        AbortException failure = org.junit.jupiter.api.Assertions.assertThrows(AbortException.class,
                () -> BuildOutcome.resultOf(report));
        assertThat(failure.getMessage().lines().count(), lessThanOrEqualTo((long) ScanReportAction.SHOWN + 2));
        assertThat(failure.getMessage(), containsString("(50 more reasons"));

        String page = Pages.html(r, b.getUrl() + "hss-image-scan/");
        assertThat(page, containsString("150 more images are not shown here"));
    }

    @Test
    void theExcerptOfALargeReportKeepsItsApiSharesAndScanTask() {
        ScanReport large = report(150, 100);
        ScanReport onNewerApi = new ScanReport(large.verdict(), large.triggeredAt(), large.finishedAt(),
                Map.of("image-scan-tasks", 1), Map.of("image-scan-tasks", 0.5), "image-scan-tasks",
                ScanTaskReading.read("task-1", 150));

        Map<String, Object> value = ReportValue.of(onNewerApi);

        assertThat(value.get("api"), is("image-scan-tasks"));
        assertThat(((Map<?, ?>) value.get("requestShares")).get("image-scan-tasks"), is(0.5));
        assertThat(((Map<?, ?>) value.get("scanTask")).get("failedImages"), is(150));
    }

    /** {@code failed} images that fail their scan, then {@code passed} clean ones. */
    private static ScanReport report(int failed, int passed) {
        List<ImageResult> images = new ArrayList<>();
        Instant at = Instant.parse("2026-01-01T00:05:00Z");
        for (int i = 0; i < passed + failed; i++) {
            boolean fails = i >= passed;
            images.add(new ImageResult("private_image", "team", "image" + i, "1.0", "id" + i, WaitEnd.FINISHED,
                    fails ? "failed" : "success", fails ? "layer missing" : null, at, Findings.NONE));
        }
        return new ScanReport(new Gate(GatePolicy.defaults()).evaluate(images), at.minusSeconds(60), at, Map.of());
    }

    private WorkflowJob pipeline(String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p;
    }
}
