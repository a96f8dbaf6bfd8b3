package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.model.Run;
import io.jenkins.plugins.hss.core.watch.TargetState;
import io.jenkins.plugins.hss.core.watch.WaitSnapshot;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * A controller restart: a waiting step goes on waiting, from where it had got, with the connection
 * it started with, and never triggers again; a finished build comes back with its result and report.
 */
class RestartTest {

    @SuppressWarnings("unused")
    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    /** A scan that outlasts a restart (the slow image takes 20 s), and its verdict in the log. */
    private static final String SCAN_SLOW_IMAGE = """
            def report = hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
            echo "verdict=${report.verdict}"
            """.formatted(SimulatedHss.SLOW);

    /** Outlives both Jenkins sessions, as HSS outlives a controller restart. */
    private static SimulatedHss hss;

    @BeforeAll
    static void startHss() {
        hss = SimulatedHss.start(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopHss() {
        hss.close();
    }

    @Test
    void resumesTheSameWaitFromWhereItHadGotWithoutASecondTrigger() throws Throwable {
        long before = hss.triggers();
        sessions.then(r -> {
            hss.configureJenkins();
            WorkflowRun b = start(r, "p", SCAN_SLOW_IMAGE);
            r.waitForMessage(SimulatedHss.SLOW + ": scanning", b);
            // The poll that saw the scan start was saved: a resumed wait knows the image is scanning.
            awaitSavedState(b, state -> state.targets().stream().allMatch(TargetState::started));
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            assertThat(b, notNullValue());
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            r.assertLogContains("verdict=SUCCESS", b);
            String log = JenkinsRule.getLog(b);
            String resumed = log.substring(log.indexOf("Resuming build"));
            assertThat(resumed, not(containsString("not_started")));
            assertThat(resumed, containsString("scanning=1"));
            assertThat(hss.triggers() - before, is(1L));
        });
    }

    @Test
    void resumesWithTheConnectionItStartedWithNotTheConfigurationOfTheDay() throws Throwable {
        long before = hss.triggers();
        sessions.then(r -> {
            hss.configureJenkins();
            WorkflowRun b = start(r, "moved", SCAN_SLOW_IMAGE);
            r.waitForMessage("triggered the scan", b);
            awaitSavedState(b, state -> true);
            // The administrator moves the default elsewhere while the build waits.
            HssGlobalConfiguration config = HssGlobalConfiguration.get();
            config.setProjectId("fedcba9876543210fedcba9876543210");
            config.setHssEndpoint("https://hss.elsewhere.invalid");
            config.setCredentialsId("someone-else");
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("moved", WorkflowJob.class).getBuildByNumber(1);
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            r.assertLogContains("verdict=SUCCESS", b);
            r.assertLogNotContains("elsewhere.invalid", b);
            assertThat(hss.triggers() - before, is(1L));
        });
    }

    @Test
    void aFinishedBuildOfEachKindComesBackWithItsResultAndReport() throws Throwable {
        sessions.then(r -> {
            hss.configureJenkins();
            WorkflowJob pipeline = r.jenkins.createProject(WorkflowJob.class, "pipeline");
            pipeline.setDefinition(new CpsFlowDefinition(
                    "hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1"
                            .formatted(SimulatedHss.OVERSIZED), true));
            r.assertBuildStatus(Result.UNSTABLE, pipeline.scheduleBuild2(0));
            FreeStyleProject freestyle = r.createFreeStyleProject("freestyle");
            HssBatchScanStep scan = new HssBatchScanStep("private_image");
            scan.setImages(List.of(SimulatedHss.CLEAN));
            scan.setPollIntervalSeconds(1);
            freestyle.getBuildersList().add(new HssBatchScanBuilder(scan));
            r.buildAndAssertSuccess(freestyle);
            // A job that scans a selection, saved with its empty image list.
            FreeStyleProject selection = r.createFreeStyleProject("selection");
            HssBatchScanStep all = new HssBatchScanStep("private_image");
            all.setOperateAll(true);
            selection.getBuildersList().add(new HssBatchScanBuilder(all));
        });
        sessions.then(r -> {
            WorkflowRun pipeline = r.jenkins.getItemByFullName("pipeline", WorkflowJob.class).getBuildByNumber(1);
            assertReloaded(r, pipeline, Result.UNSTABLE, SimulatedHss.OVERSIZED);
            FreeStyleBuild freestyle = r.jenkins.getItemByFullName("freestyle", FreeStyleProject.class).getBuildByNumber(1);
            assertReloaded(r, freestyle, Result.SUCCESS, SimulatedHss.CLEAN);
            FreeStyleProject selection = r.jenkins.getItemByFullName("selection", FreeStyleProject.class);
            assertThat(selection.getBuildersList().get(HssBatchScanBuilder.class).getScan().isOperateAll(), is(true));
        });
    }

    private static void assertReloaded(JenkinsRule r, Run<?, ?> b, Result result, String image) throws Exception {
        assertThat(b, notNullValue());
        assertThat(b.getResult(), is(result));
        ScanReportAction action = b.getAction(ScanReportAction.class);
        assertThat(action, notNullValue());
        assertThat(action.getOutcome(), is(result.toString()));
        assertThat(action.getImages().get(0).getReference(), is(image));
        assertThat(Pages.html(r, b.getUrl()), containsString("<a href=\"hss-image-scan/\">HSS image scan</a>: " + result));
        assertThat(Pages.html(r, b.getUrl() + "hss-image-scan/"), containsString(image));
    }

    private static WorkflowRun start(JenkinsRule r, String name, String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, name);
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p.scheduleBuild2(0).waitForStart();
    }

    /** The restart must come after the step saved a state that {@code saved} accepts. */
    private static void awaitSavedState(WorkflowRun b, Predicate<WaitSnapshot> saved) throws Exception {
        while (true) {
            List<StepExecution> running = b.getExecution().getCurrentExecutions(false).get();
            if (running.stream().anyMatch(e -> e instanceof HssBatchScanExecution scan
                    && scan.savedState() != null && saved.test(scan.savedState()))) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
