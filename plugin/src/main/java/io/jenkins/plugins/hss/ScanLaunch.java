package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import io.jenkins.plugins.hss.core.report.ReportExcerpt;
import io.jenkins.plugins.hss.core.report.SarifReportWriter;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.TextReportWriter;
import io.jenkins.plugins.hss.core.report.VulnerabilityDetails;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.core.watch.PerImageLineLimit;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import io.jenkins.plugins.hss.core.watch.WaitSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * What both faces do around the engine's {@link ScanRun}: check the request against the
 * connection it will use, find the credential in the build's context, start (or resume) the run
 * on the controller's engine with its events on the console, and at the end store the report
 * with the build and print it.
 */
final class ScanLaunch {

    private final Run<?, ?> build;
    private final TaskListener listener;
    private final String prefix;
    private final ScanSettings settings;
    private final Connection connection;
    /** Where the SARIF report goes in the workspace; null when the job asked for none. */
    @CheckForNull
    private final SarifFile sarif;

    private ScanLaunch(Run<?, ?> build, TaskListener listener, String prefix, ScanSettings settings,
                       Connection connection, @CheckForNull SarifFile sarif) {
        this.build = build;
        this.listener = listener;
        this.prefix = prefix;
        this.settings = settings;
        this.connection = connection;
        this.sarif = sarif;
    }

    /**
     * Checks the request and finds the credential; nothing is sent to HSS yet.
     *
     * @param connection where and as whom to connect: for a new scan the global configuration with
     *     the request's choices, for a resumed one what the scan started with
     * @param prefix what starts each console line ({@link ConsolePrefix})
     * @param workspace where a SARIF report the request asks for is copied; null without a workspace
     * @throws AbortException when the connection or the scan settings have problems (all of them,
     *     one a line), the credential is missing or unusable, or the SARIF report cannot be written
     */
    static ScanLaunch prepare(Run<?, ?> build, TaskListener listener, String prefix, ScanRequest request,
                              ConnectionSettings connection, @CheckForNull FilePath workspace)
            throws AbortException {
        ScanSettings settings = request.toSettings(connection.projectId());
        List<SettingsProblem> problems = new Problems()
                .addAll(connection.where().problems()).addAll(settings.problems()).list();
        if (!problems.isEmpty()) {
            throw new AbortException(Messages.ScanLaunch_invalidSettings(ParameterNames.describe(problems).stream()
                    .map(problem -> "\n - " + problem).collect(Collectors.joining())));
        }
        SarifFile sarif = SarifFile.of(request.reportSarif(), workspace);
        HssCredentials credentials = CredentialsLookup.find(build, connection);
        HssConnection hss = new HssConnection(connection, credentials);
        listener.getLogger().println(prefix + Messages.ScanLaunch_connecting(
                hss.endpoint(), connection.projectId(), connection.credentialsId()));
        return new ScanLaunch(build, listener, prefix, settings, hss.connection(), sarif);
    }

    /**
     * Resolves the targets, triggers the scan and waits, or with {@code saved} goes on waiting
     * without triggering again. Every event goes to the console (per-image lines bounded) and to
     * {@code face}, which persists what it needs.
     */
    ScanRun run(@CheckForNull WaitSnapshot saved, WatchListener face) {
        WatchListener console = PerImageLineLimit.of(event -> listener.getLogger().println(prefix + event.message()));
        WatchListener events = event -> {
            console.onEvent(event);
            face.onEvent(event);
        };
        return saved == null
                ? ControllerPollers.engine().start(settings, connection, events)
                : ControllerPollers.engine().resume(saved, settings, connection, events);
    }

    /**
     * The vulnerability lists the SARIF report names, read after the verdict within the run's
     * deadline (the engine lists what it can in that time and counts the rest); none, and no call,
     * when the job asked for no SARIF.
     */
    CompletableFuture<VulnerabilityDetails> details(ScanRun run, ScanReport report) {
        return sarif == null ? CompletableFuture.completedFuture(VulnerabilityDetails.NONE)
                : run.vulnerabilityDetails(report);
    }

    /**
     * Stores the report with the build (and its SARIF form, copied into the workspace, when the
     * job asked for it), prints it (at most {@link ScanReportAction#SHOWN} images, with a link to
     * the whole) and returns the build result it asks for.
     */
    Result publish(ScanReport report, VulnerabilityDetails details) throws IOException, InterruptedException {
        ScanReportAction action = ScanReportAction.store(build, report, sarif == null ? null
                : new SarifReportWriter(PluginVersion.number(), settings.gate(), details));
        if (sarif != null) {
            sarif.copyFrom(action.sarifFile());
            listener.getLogger().println(prefix + Messages.ScanLaunch_sarifWritten(sarif.path()));
        }
        listener.getLogger().print(new TextReportWriter(ScanReportAction.SHOWN).render(report));
        if (ReportExcerpt.of(report, ScanReportAction.SHOWN).truncated()) {
            listener.getLogger().print(prefix);
            listener.hyperlink("/" + build.getUrl() + action.getUrlName() + "/", Messages.ScanLaunch_wholeReport());
            listener.getLogger().println();
        }
        return BuildOutcome.resultOf(report);
    }
}
