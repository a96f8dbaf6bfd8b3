package io.jenkins.plugins.hss;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractBuild;
import hudson.model.AbstractProject;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.Builder;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle face of {@link HssBatchScanStep}: the same parameters (it holds a step as its
 * configuration), with build parameters and environment variables expanded in every text. It holds
 * an executor anyway, so it waits for the engine's asynchronous run in place; an abort of the build
 * cancels the run.
 *
 * <p>Pipeline could run it through {@code step(...)}, but that wait would hold a thread and die with
 * a controller restart: it refuses to, and points to {@code hsBatchScan}, whose wait survives one.
 */
public final class HssBatchScanBuilder extends Builder implements SimpleBuildStep {

    private final HssBatchScanStep scan;

    @DataBoundConstructor
    public HssBatchScanBuilder(HssBatchScanStep scan) {
        this.scan = scan;
    }

    public HssBatchScanStep getScan() {
        return scan;
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(Run<?, ?> run, EnvVars env, TaskListener listener) throws InterruptedException, IOException {
        if (!(run instanceof AbstractBuild)) {
            throw new AbortException(Messages.HssBatchScanBuilder_usePipelineStep());
        }
        ScanRequest request = ScanRequest.from(scan, env::expand, HssGlobalConfiguration.get().getApi());
        ScanLaunch launch = ScanLaunch.prepare(run, listener, ConsolePrefix.PLAIN, request,
                request.connection(HssGlobalConfiguration.get().connectionSettings()),
                ((AbstractBuild<?, ?>) run).getWorkspace());
        // A freestyle build holds its executor anyway: wait here, and cancel the run on abort.
        ScanRun scanRun = launch.run(null, event -> {});
        ScanReport report = await(scanRun.result(), scanRun);
        VulnerabilityDetails details = await(launch.details(scanRun, report), scanRun);
        Result result = launch.publish(report, details);
        if (result == Result.UNSTABLE) {
            run.setResult(result);
        }
    }

    /** The value of {@code future}; an abort of the build cancels {@code run} and whatever it still reads. */
    private static <T> T await(CompletableFuture<T> future, ScanRun run) throws InterruptedException, IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            future.cancel(false);
            run.stopScanTask();
            run.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw BuildOutcome.failureOf(e.getCause());
        }
    }

    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Builder> {

        @Override
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @Override
        public String getDisplayName() {
            return Messages.HssBatchScanBuilder_displayName();
        }
    }
}
