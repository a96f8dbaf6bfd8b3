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
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.report.TextReportWriter;
import io.jenkins.plugins.hss.core.watch.Connection;
import io.jenkins.plugins.hss.core.watch.PerImageLineLimit;
import io.jenkins.plugins.hss.core.watch.ScanRun;
import io.jenkins.plugins.hss.core.watch.WatchEvent;
import io.jenkins.plugins.hss.core.watch.WatchListener;
import io.jenkins.plugins.hss.core.watch.WatchState;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What both faces do around the engine's {@link ScanRun}: resolve the connection and the
 * credential in the build's context, map the request to the engine's settings, start (or resume)
 * the run on the controller's engine with its events on the console, and at the end store
 * the report with the build and print it.
 */
final class ScanLaunch {

    private static final String PREFIX = "[HSS] ";

    private final Run<?, ?> build;
    private final TaskListener listener;
    private final ScanSettings settings;
    private final Connection connection;

    private ScanLaunch(Run<?, ?> build, TaskListener listener, ScanSettings settings, Connection connection) {
        this.build = build;
        this.listener = listener;
        this.settings = settings;
        this.connection = connection;
    }

    /**
     * Checks the request and finds the credential; nothing is sent to HSS yet.
     *
     * @throws AbortException when the connection or the scan settings have problems (all of them in
     *     one message) or the credential is missing
     */
    static ScanLaunch prepare(Run<?, ?> build, TaskListener listener, ScanRequest request) throws AbortException {
        ConnectionSettings connection = request.connection(HssGlobalConfiguration.get().connectionSettings());
        ScanSettings settings = request.toSettings(connection.projectId());
        List<SettingsProblem> problems = new Problems()
                .addAll(connection.where().problems()).addAll(settings.problems()).list();
        if (!problems.isEmpty()) {
            throw new AbortException(Messages.ScanLaunch_invalidSettings(
                    problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("; "))));
        }
        HssCredentials credentials = CredentialsLookup.find(build, connection);
        HssConnection hss = new HssConnection(connection, credentials);
        listener.getLogger().println(PREFIX + Messages.ScanLaunch_connecting(
                hss.endpoint(), connection.projectId(), connection.credentialsId()));
        return new ScanLaunch(build, listener, settings, hss.connection());
    }

    /**
     * Resolves the targets, triggers the scan and waits, or with {@code saved} goes on waiting
     * without triggering again. {@code onTriggered} receives the state to persist once the trigger
     * was sent.
     */
    ScanRun run(@CheckForNull WatchState saved, Consumer<WatchState> onTriggered) {
        WatchListener console = PerImageLineLimit.of(event -> {
            listener.getLogger().println(PREFIX + event.message());
            if (event instanceof WatchEvent.Triggered triggered) {
                triggered.state().ifPresent(onTriggered);
            }
        });
        return saved == null
                ? ControllerPollers.engine().start(settings, connection, console)
                : ControllerPollers.engine().resume(saved, settings, connection, console);
    }

    /** Stores the report with the build, prints it and returns the build result it asks for. */
    Result publish(ScanReport report) throws IOException {
        ScanReportAction.store(build, report);
        listener.getLogger().print(new TextReportWriter().render(report));
        return BuildOutcome.resultOf(report);
    }
}
