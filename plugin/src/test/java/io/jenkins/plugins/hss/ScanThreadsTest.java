package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.actions.TimingAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.NodeStepTypePredicate;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** HSS's calls block; Jenkins' shared timer, which runs every build's {@code sleep} and {@code timeout}, must not. */
@WithJenkins
class ScanThreadsTest {

    /** More builds, each with a poller of its own, than {@code jenkins.util.Timer} has threads (10). */
    private static final int HANGING_SCANS = 12;

    @RegisterExtension
    private final SimulatedHss hss = SimulatedHss.perTest();

    private JenkinsRule r;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
    }

    @Test
    void aHangingHssNeverDelaysTheSleepOfAnotherBuild() throws Exception {
        // Every batch scan (the first call of an image list, which is triggered at once) hangs for 20 s.
        // Each build names a project of its own, so none shares another's trigger and each has its own
        // call in flight: on Jenkins' timer they would hold every one of its threads.
        hss.faults().randomly(Endpoint.BATCH_SCAN, 1.0, 1, Fault.slow(Duration.ofSeconds(20)));
        List<WorkflowRun> scans = new ArrayList<>();
        for (int i = 0; i < HANGING_SCANS; i++) {
            scans.add(start("hsBatchScan imageType: 'private_image', images: ['%s'], projectId: '%032d'"
                    .formatted(SimulatedHss.CLEAN, i)));
        }
        long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (hss.requests(Endpoint.BATCH_SCAN) < 2) {
            assertThat("two batch scans in flight within a minute", System.nanoTime() < until, is(true));
            Thread.sleep(50);
        }
        assertThat(threadsInHssCalls(), everyItem(startsWith(ScanThreads.NAME)));

        WorkflowJob sleeping = r.jenkins.createProject(WorkflowJob.class, "sleeper");
        sleeping.setDefinition(new CpsFlowDefinition("sleep time: 1, unit: 'SECONDS'\necho 'awake'", true));
        WorkflowRun sleeper = r.buildAndAssertSuccess(sleeping);
        long slept = start(sleeper, "echo") - start(sleeper, "sleep");
        assertThat("the sleep of 1 s took " + slept + " ms", slept, lessThanOrEqualTo(2_000L));

        assertThat(threadsInHssCalls(), not(empty()));
        for (WorkflowRun scan : scans) {
            scan.doStop();
            r.waitForCompletion(scan);
        }
    }

    private WorkflowRun start(String script) throws Exception {
        WorkflowJob p = r.jenkins.createProject(WorkflowJob.class, "scan" + r.jenkins.getItems().size());
        p.setDefinition(new CpsFlowDefinition(script, true));
        return p.scheduleBuild2(0).waitForStart();
    }

    /** The names of the threads inside the engine's HTTP client right now. */
    private static List<String> threadsInHssCalls() {
        List<String> names = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (Arrays.stream(thread.getValue()).anyMatch(frame -> frame.getClassName().startsWith("okhttp3."))
                    && Arrays.stream(thread.getValue()).anyMatch(frame ->
                            frame.getClassName().startsWith("io.jenkins.plugins.hss.core.client."))) {
                names.add(thread.getKey().getName());
            }
        }
        return names;
    }

    private static long start(WorkflowRun run, String step) {
        FlowNode node = new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate(step));
        assertThat(step + " ran", node != null, is(true));
        return TimingAction.getStartTime(node);
    }
}
