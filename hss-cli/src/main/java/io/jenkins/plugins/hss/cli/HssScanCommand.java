package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.budget.RunTimedOutException;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.ScanFields;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import io.jenkins.plugins.hss.core.report.TextReportWriter;
import io.jenkins.plugins.hss.core.sync.SyncPlan;
import io.jenkins.plugins.hss.core.trigger.TriggerPreview;
import io.jenkins.plugins.hss.core.watch.PerImageLineLimit;
import io.jenkins.plugins.hss.simulator.Hostility;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code hss-scan}: triggers an HSS batch scan of SWR images, waits for the scans it started, prints
 * the report and exits with the gate's verdict as an {@link ExitCode}. Every decision is the
 * engine's; this class turns a command line into {@link ScanSettings} and the report into output.
 */
@Command(name = "hss-scan",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        customSynopsis = {
            "hss-scan [OPTIONS] --image-type TYPE [--instance-id ID] (-i NS/NAME:TAG... | --images-file FILE | --all [FILTERS]) "
                    + "[--gate RULE]...",
            "hss-scan --demo [OPTIONS]"},
        descriptionHeading = "%n",
        optionListHeading = "%nOptions (each API field's name is in parentheses):%n",
        description = {
            "Triggers a Huawei Cloud HSS scan of SWR container images, waits for the scans it started and "
                    + "gates on their results: the report table goes to stdout, progress to stderr.",
            "Credentials come from the environment (HSS_ACCESS_KEY/HSS_SECRET_KEY[/HSS_SECURITY_TOKEN] or the "
                    + "SDK's HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK, HSS_USERNAME/HSS_PASSWORD/HSS_DOMAIN, or HSS_TOKEN) "
                    + "or from --credentials-file, never from an option. Full reference: docs/cli.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCode.PASS + ":the gate passed",
            ExitCode.GATE_FAILED + ":the gate failed",
            ExitCode.USAGE + ":usage or validation error: nothing was sent",
            ExitCode.UNSTABLE + ":unstable (see --unstable-exit-code)",
            ExitCode.API_ERROR + ":HSS or IAM refused a call, could not be reached or answered something malformed",
            ExitCode.TIMEOUT + ":the run's deadline (--timeout) came before the scans ended",
            ExitCode.INTERRUPTED + ":interrupted (Ctrl-C, an abort): the run was cancelled (on image-scan-tasks its scan task stopped first)"},
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar hss-scan.jar --demo",
            "  hss-scan --region cn-north-4 --project-id $HSS_PROJECT_ID --image-type private_image -i team/app:1.2 "
                    + "--gate 'immediate_repair>0:failure'",
            "  hss-scan --region ap-southeast-1 --project-id $P --image-type private_image --images-file images.txt "
                    + "--report-junit hss.xml",
            "  hss-scan --region cn-north-4 --project-id $P --image-type shared_image --all --namespace team "
                    + "--latest-version --dry-run"})
public final class HssScanCommand implements Callable<Integer> {

    private final Shell shell;
    private final EnvironmentDefaults environmentDefaults;
    private final RunCancellation cancellation = new RunCancellation();

    @Spec
    CommandSpec spec;

    @Mixin
    TargetOptions target = new TargetOptions();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    GateOptions gate = new GateOptions();

    @Mixin
    WaitingOptions waiting = new WaitingOptions();

    @Mixin
    ReportOptions reports = new ReportOptions();

    @Option(names = "--unstable-exit-code", paramLabel = "CODE", converter = UnstableExitCode.class,
            description = "The exit code of an unstable verdict: 0 lets unstable builds pass, 1 fails them, or 6 to "
                    + UnstableExitCode.HIGHEST + " (default: " + ExitCode.UNSTABLE + ").")
    int unstableExitCode = ExitCode.UNSTABLE;

    @Option(names = "--dry-run",
            description = "Validate everything and print the trigger's request as JSON (with --api auto, both APIs' "
                    + "requests); send nothing.")
    boolean dryRun;

    @Option(names = "--demo",
            description = "Run a realistic scan against a simulated HSS in this process: no account or network needed.")
    boolean demo;

    @Option(names = "--demo-hostile", paramLabel = "MODE", converter = HostileMode.class,
            description = "With --demo: the simulated HSS answers as a hostile one would, e.g. vulnerabilities-fail, "
                    + "negative-counts, endless-pages, trigger-lost (docs/simulator.md, \"Hostile mode\").")
    Hostility demoHostile;

    HssScanCommand(Shell shell) {
        this.shell = shell;
        this.environmentDefaults = new EnvironmentDefaults(shell.environment());
    }

    public static void main(String[] args) {
        System.exit(commandLine(Shell.ofProcess()).execute(args));
    }

    /** The command over {@code shell}, with stdout and stderr in UTF-8 and outcomes in any case. */
    static CommandLine commandLine(Shell shell) {
        HssScanCommand command = new HssScanCommand(shell);
        return new CommandLine(command)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setDefaultValueProvider(command.environmentDefaults)
                .setExecutionExceptionHandler((error, commandLine, parsed) -> {
                    commandLine.getErr().println("hss-scan: unexpected error: " + error);
                    error.printStackTrace(commandLine.getErr());
                    return ExitCode.API_ERROR;
                })
                .setOut(new PrintWriter(System.out, true, StandardCharsets.UTF_8))
                .setErr(new PrintWriter(System.err, true, StandardCharsets.UTF_8));
    }

    @Override
    public Integer call() throws Exception {
        try (Interruption.Watch interrupts = shell.interruption().watch(cancellation::request)) {
            return runInterruptibly();
        }
    }

    private int runInterruptibly() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        try {
            return demo ? runDemo() : run();
        } catch (InvalidInput e) {
            err.println("hss-scan: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (InvalidSettingsException e) {
            err.println("hss-scan: " + invalid(e.problems()).getMessage());
            return ExitCode.USAGE;
        } catch (HssException e) {
            err.println("hss-scan: " + e.getMessage());
            return ExitCode.API_ERROR;
        } catch (RunTimedOutException e) {
            err.println("hss-scan: " + e.getMessage());
            return ExitCode.TIMEOUT;
        } catch (InterruptedException e) {
            err.println("hss-scan: " + RunInterruptedException.outcome(e, cancellation.stopping() != null));
            err.flush();
            return ExitCode.INTERRUPTED;
        }
    }

    private int run() throws Exception {
        if (demoHostile != null) {
            throw new InvalidInput("--demo-hostile works with --demo only: it makes the demo's simulated HSS hostile");
        }
        EndpointSettings where = connection.where();
        ScanSettings settings = valid(ScanSettings.of(fields()),
                new Problems().addAll(where.problems()).addAll(environmentDefaults.problems()).list());
        HssEndpoints endpoints = where.endpoints();
        if (dryRun) {
            return printRequest(settings, endpoints);
        }
        EngineRun hss = connection.connect(endpoints, shell);
        reports.prepare(shell);
        try (Timeline time = shell.time().get()) {
            return scan(settings, hss, time);
        }
    }

    private int runDemo() throws Exception {
        try (Demo run = Demo.start(spec.commandLine().getErr(), demoHostile)) {
            ScanSettings settings = valid(run.apply(ScanSettings.builder().fields(fields()), target, gate, waiting).build(),
                    List.of());
            EngineRun hss = run.connection();
            if (dryRun) {
                return printRequest(settings, hss.connection().endpoints());
            }
            reports.prepare(shell);
            int exitCode = scan(settings, hss, run.time());
            run.explain(exitCode);
            return exitCode;
        }
    }

    /** The scan the options describe, in the engine's text form: the one place the options meet the settings. */
    ScanFields fields() {
        ScanFields.Builder fields = ScanFields.builder();
        target.putTo(fields, shell);
        connection.putTo(fields);
        gate.putTo(fields);
        waiting.putTo(fields);
        return fields.build();
    }

    /**
     * Valid settings, or every problem at once, theirs and {@code connectionProblems}, each under the
     * option that fixes it.
     */
    private ScanSettings valid(ScanSettings settings, List<SettingsProblem> connectionProblems) {
        List<SettingsProblem> problems = new Problems()
                .addAll(settings.problems()).addAll(connectionProblems).list();
        if (!problems.isEmpty()) {
            throw invalid(problems);
        }
        return settings;
    }

    private InvalidInput invalid(List<SettingsProblem> problems) {
        return new InvalidInput("nothing was sent; fix these first:" + System.lineSeparator() + "  "
                + String.join(System.lineSeparator() + "  ", new OptionNames(spec).describe(problems)));
    }

    /** The dry run: where the request would go and what comes before it on stderr, its body on stdout. */
    private int printRequest(ScanSettings settings, HssEndpoints endpoints) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("hss-scan: dry run, nothing sent; " + SyncPlan.of(settings).message());
        PrintWriter out = spec.commandLine().getOut();
        for (TriggerPreview trigger : TriggerPreview.of(settings)) {
            err.println("hss-scan: the trigger would go to " + endpoints.hss() + " for project " + settings.projectId()
                    + " as " + trigger.call() + ":");
            err.flush();
            out.println(new String(trigger.body(), StandardCharsets.UTF_8));
            out.flush();
        }
        return ExitCode.PASS;
    }

    private int scan(ScanSettings settings, EngineRun hss, Timeline time) throws Exception {
        ProgressPrinter progress = new ProgressPrinter(spec.commandLine().getErr(), shell.terminal());
        ScanOutput output;
        try {
            output = hss.run(settings, time, PerImageLineLimit.of(progress), cancellation, reports.listsVulnerabilities());
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(new TextReportWriter().render(output.report()));
        out.flush();
        for (Path file : reports.write(output, settings.gate(), shell)) {
            spec.commandLine().getErr().println("hss-scan: wrote " + file);
        }
        return new VerdictExit(unstableExitCode).of(output.report());
    }
}
