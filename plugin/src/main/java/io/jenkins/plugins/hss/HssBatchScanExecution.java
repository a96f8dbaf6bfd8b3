package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchEvent;
import io.jenkins.plugins.hss.core.watch.WaitSnapshot;
import java.io.Serial;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.AbstractStepExecutionImpl;
import org.jenkinsci.plugins.workflow.steps.StepContext;

/**
 * The wait of {@code hsBatchScan}: no thread and no executor while HSS scans. The engine's run
 * polls on the plugin's {@link ScanThreads}; this execution keeps the request, the connection it
 * started with and, once the trigger was sent, the engine's {@link WaitSnapshot}, saved again
 * whenever the progress changes, so that after a controller restart {@link #onResume()} goes on
 * with the same wait, as far as it had got, instead of triggering again.
 */
final class HssBatchScanExecution extends AbstractStepExecutionImpl {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ScanRequest request;
    /**
     * Where and as whom the scan talks to HSS, resolved when the step started: a restart resumes
     * with these, whatever the global configuration says by then. Null only in an execution saved
     * by a version that did not keep it.
     */
    @CheckForNull
    private ConnectionSettings connection;
    /** Null until HSS accepted the trigger. */
    @CheckForNull
    private volatile WaitSnapshot state;
    @CheckForNull
    private transient volatile ScanRun run;
    /** The vulnerability lists a SARIF report names, read after the verdict; null before. */
    @CheckForNull
    private transient volatile CompletableFuture<VulnerabilityDetails> details;
    /** The last progress the engine reported, for {@link #getStatus()}. */
    @CheckForNull
    private transient volatile WatchEvent.Progress progress;

    HssBatchScanExecution(StepContext context, ScanRequest request) {
        super(context);
        this.request = request;
    }

    @Override
    public boolean start() throws Exception {
        connection = request.connection(HssGlobalConfiguration.get().connectionSettings());
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
            if (connection == null) {
                connection = request.connection(HssGlobalConfiguration.get().connectionSettings());
            }
            launch();
        } catch (Exception e) {
            getContext().onFailure(e);
        }
    }

    private void launch() throws Exception {
        StepContext context = getContext();
        ConnectionSettings where = connection;
        if (where == null) {
            throw new IllegalStateException("launched before the connection was resolved");
        }
        ScanLaunch launch = ScanLaunch.prepare(context.get(Run.class), context.get(TaskListener.class),
                ConsolePrefix.of(context.get(FlowNode.class)), request, where, context.get(FilePath.class));
        ScanRun started = launch.run(state, this::onEvent);
        run = started;
        started.result().whenComplete((report, error) -> {
            if (error != null || report == null) {
                finish(launch, report, VulnerabilityDetails.NONE, error);
                return;
            }
            CompletableFuture<VulnerabilityDetails> lists = launch.details(started, report);
            details = lists;
            lists.whenComplete((found, failed) -> finish(launch, report, found, failed));
        });
    }

    /** Called by the engine, inside its locks: the trigger's state rides on its event; progress asks for a save. */
    private void onEvent(WatchEvent event) {
        if (event instanceof WatchEvent.Triggered triggered) {
            triggered.state().ifPresent(this::save);
        } else if (event instanceof WatchEvent.Progress now) {
            progress = now;
            if (state != null) {
                ControllerPollers.execute(this::saveProgress);
            }
        }
    }

    /** What the polls learned (which images started, which finished), so that a resumed wait starts from there. */
    private void saveProgress() {
        ScanRun current = run;
        if (current != null) {
            current.state().ifPresent(this::save);
        }
    }

    /** What a restart would resume from; null until the trigger was accepted. */
    @CheckForNull
    WaitSnapshot savedState() {
        return state;
    }

    private void save(WaitSnapshot saved) {
        state = saved;
        getContext().saveState();
    }

    private void finish(ScanLaunch launch, @CheckForNull ScanReport report, @CheckForNull VulnerabilityDetails lists,
                        @CheckForNull Throwable error) {
        if (error instanceof CancellationException) {
            return; // stop() already ended the step with its cause
        }
        StepContext context = getContext();
        try {
            if (error != null || report == null) {
                throw BuildOutcome.failureOf(error == null ? new IllegalStateException("no report") : error);
            }
            Result result = launch.publish(report, lists == null ? VulnerabilityDetails.NONE : lists);
            if (result == Result.UNSTABLE) {
                markUnstable(context, String.join("; ", BuildOutcome.reasons(report)));
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
            // The abort stops the run's scan task too, where HSS has one that is provably this run's.
            current.stopScanTask();
            current.cancel();
        }
        CompletableFuture<VulnerabilityDetails> lists = details;
        if (lists != null) {
            lists.cancel(false);
        }
        super.stop(cause);
    }

    /** The engine's last progress (live counts; for operate_all the selection's count), not the trigger's. */
    @Override
    public String getStatus() {
        WatchEvent.Progress now = progress;
        if (now != null) {
            return Messages.HssBatchScanExecution_waiting(now.done(), now.total());
        }
        return state == null ? Messages.HssBatchScanExecution_triggering() : Messages.HssBatchScanExecution_resuming();
    }
}
