package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import io.jenkins.plugins.hss.core.report.ReportExcerpt;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.TextReportWriter;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.core.watch.PerImageLineLimit;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import io.jenkins.plugins.hss.core.watch.WatchState;
import java.io.IOException;
import java.util.List;
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

    private ScanLaunch(Run<?, ?> build, TaskListener listener, String prefix, ScanSettings settings,
                       Connection connection) {
        this.build = build;
        this.listener = listener;
        this.prefix = prefix;
        this.settings = settings;
        this.connection = connection;
    }

    /**
     * Checks the request and finds the credential; nothing is sent to HSS yet.
     *
     * @param connection where and as whom to connect: for a new scan the global configuration with
     *     the request's choices, for a resumed one what the scan started with
     * @param prefix what starts each console line ({@link ConsolePrefix})
     * @throws AbortException when the connection or the scan settings have problems (all of them,
     *     one a line) or the credential is missing or unusable
     */
    static ScanLaunch prepare(Run<?, ?> build, TaskListener listener, String prefix, ScanRequest request,
                              ConnectionSettings connection) throws AbortException {
        ScanSettings settings = request.toSettings(connection.projectId());
        List<SettingsProblem> problems = new Problems()
                .addAll(connection.where().problems()).addAll(settings.problems()).list();
        if (!problems.isEmpty()) {
            throw new AbortException(Messages.ScanLaunch_invalidSettings(ParameterNames.describe(problems).stream()
                    .map(problem -> "\n - " + problem).collect(Collectors.joining())));
        }
        HssCredentials credentials = CredentialsLookup.find(build, connection);
        HssConnection hss = new HssConnection(connection, credentials);
        listener.getLogger().println(prefix + Messages.ScanLaunch_connecting(
                hss.endpoint(), connection.projectId(), connection.credentialsId()));
        return new ScanLaunch(build, listener, prefix, settings, hss.connection());
    }

    /**
     * Resolves the targets, triggers the scan and waits, or with {@code saved} goes on waiting
     * without triggering again. Every event goes to the console (per-image lines bounded) and to
     * {@code face}, which persists what it needs.
     */
    ScanRun run(@CheckForNull WatchState saved, WatchListener face) {
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
     * Stores the report with the build, prints it (at most {@link ScanReportAction#SHOWN} images,
     * with a link to the whole) and returns the build result it asks for.
     */
    Result publish(ScanReport report) throws IOException {
        ScanReportAction action = ScanReportAction.store(build, report);
        listener.getLogger().print(new TextReportWriter(ScanReportAction.SHOWN).render(report));
        if (ReportExcerpt.of(report, ScanReportAction.SHOWN).truncated()) {
            listener.getLogger().print(prefix);
            listener.hyperlink("/" + build.getUrl() + action.getUrlName() + "/", Messages.ScanLaunch_wholeReport());
            listener.getLogger().println();
        }
        return BuildOutcome.resultOf(report);
    }
}
