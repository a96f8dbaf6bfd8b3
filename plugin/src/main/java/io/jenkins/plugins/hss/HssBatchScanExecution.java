package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchState;
import java.io.Serial;
import java.util.concurrent.CancellationException;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The wait of {@code hsBatchScan}: no thread and no executor while HSS scans. The engine's run
 * polls on Jenkins' timer; this execution keeps only the request and, once the trigger was sent,
 * the engine's {@link WatchState}, so that after a controller restart {@link #onResume()} goes on
 * with the same wait instead of triggering again.
 */
final class HssBatchScanExecution extends AbstractStepExecutionImpl {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ScanRequest request;
    /** Null until HSS accepted the trigger. */
    @CheckForNull
    private volatile WatchState state;
    @CheckForNull
    private transient volatile ScanRun run;

    HssBatchScanExecution(StepContext context, ScanRequest request) {
        super(context);
        this.request = request;
    }

    @Override
    public boolean start() throws Exception {
        launch();
        return false;
    }

    /**
     * After a restart: the same wait from the saved state. Without a state the trigger had not been
     * confirmed before the restart, so the step starts over.
     */
    @Override
    public void onResume() {
        try {
            launch();
        } catch (Exception e) {
            getContext().onFailure(e);
        }
    }

    private void launch() throws Exception {
        StepContext context = getContext();
        ScanLaunch launch = ScanLaunch.prepare(context.get(Run.class), context.get(TaskListener.class), request);
        ScanRun started = launch.run(state, this::triggered);
        run = started;
        started.result().whenComplete((report, error) -> finish(launch, report, error));
    }

    private void triggered(WatchState triggered) {
        state = triggered;
        getContext().saveState();
    }

    private void finish(ScanLaunch launch, @CheckForNull ScanReport report, @CheckForNull Throwable error) {
        if (error instanceof CancellationException) {
            return; // stop() already ended the step with its cause
        }
        StepContext context = getContext();
        try {
            if (error != null) {
                throw BuildOutcome.failureOf(error);
            }
            Result result = launch.publish(report);
            if (result == Result.UNSTABLE) {
                markUnstable(context, BuildOutcome.reasons(report));
            }
            context.onSuccess(ReportValue.of(report));
        } catch (Exception e) {
            context.onFailure(e);
        }
    }

    /** The build and this step's node, so that the stage shows the warning too. */
    private static void markUnstable(StepContext context, String reasons) throws Exception {
        context.get(Run.class).setResult(Result.UNSTABLE);
        context.get(FlowNode.class).addOrReplaceAction(new WarningAction(Result.UNSTABLE).withMessage(reasons));
    }

    @Override
    public void stop(Throwable cause) throws Exception {
        ScanRun current = run;
        if (current != null) {
            current.cancel();
        }
        super.stop(cause);
    }

    @Override
    public String getStatus() {
        WatchState current = state;
        return current == null
                ? Messages.HssBatchScanExecution_triggering()
                : Messages.HssBatchScanExecution_waiting(current.finishedCount(), current.targets().size());
    }
}
