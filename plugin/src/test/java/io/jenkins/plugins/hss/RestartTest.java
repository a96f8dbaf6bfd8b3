package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** A controller restart in the middle of the wait: the step goes on waiting and never triggers again. */
class RestartTest {

    @SuppressWarnings("unused")
    @RegisterExtension
    private static final BuildWatcherExtension BUILD_WATCHER = new BuildWatcherExtension();

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

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
    void resumesTheSameWaitWithoutASecondTrigger() throws Throwable {
        sessions.then(r -> {
            hss.configureJenkins();
            WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "p");
            p.setDefinition(new CpsFlowDefinition("""
                    def report = hsBatchScan imageType: 'private_image', images: ['%s'], pollIntervalSeconds: 1
                    echo "verdict=${report.verdict}"
                    """.formatted(SimulatedHss.SLOW), true));
            WorkflowRun b = p.scheduleBuild2(0).waitForStart();
            r.waitForMessage("triggered the scan", b);
            awaitSavedWaitState(b);
        });
        sessions.then(r -> {
            WorkflowRun b = r.jenkins.getItemByFullName("p", WorkflowJob.class).getBuildByNumber(1);
            assertThat(b, notNullValue());
            r.assertBuildStatusSuccess(r.waitForCompletion(b));
            r.assertLogContains("verdict=SUCCESS", b);
            assertThat(hss.triggers(), is(1L));
        });
    }

    /** The step persists the engine's state right after the trigger; the restart must come after that. */
    private static void awaitSavedWaitState(WorkflowRun b) throws Exception {
        while (true) {
            List<StepExecution> running = b.getExecution().getCurrentExecutions(false).get();
            if (running.stream().anyMatch(e -> e instanceof HssBatchScanExecution
                    && e.getStatus().equals(Messages.HssBatchScanExecution_waiting(0, 1)))) {
                return;
            }
            Thread.sleep(100);
        }
    }
}
