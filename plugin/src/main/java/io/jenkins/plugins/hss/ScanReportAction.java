package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.hss.core.report.JsonReportReader;
import io.jenkins.plugins.hss.core.report.JsonReportWriter;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The report of one scan of a build: a summary on the build page and a page with every image. A
 * build that scans more than once (one registry after another, parallel branches) keeps one
 * action per scan, numbered in the order they ended. The full report lives in its own file in
 * the build directory ({@value #REPORT_FILE} for the first, {@code report-2.json} and on for the
 * next ones), written by the engine's JSON writer and read back on demand; {@code build.xml}
 * keeps only what the summary shows.
 */
public final class ScanReportAction implements RunAction2, SimpleBuildStep.LastBuildAction {

    static final String REPORT_FILE = "hss-image-scan/report.json";
    private static final String URL_NAME = "hss-image-scan";
    private static final Logger LOGGER = Logger.getLogger(ScanReportAction.class.getName());
    /** Numbers the scans of a build: parallel branches may end at the same time. */
    private static final Object NUMBERING = new Object();

    /** 1 for a build's first scan; 0 in a build stored before scans were numbered, meaning 1. */
    private final int number;
    private final String outcome;
    private final List<String> reasons;
    private final Map<String, Integer> totals;
    private transient Run<?, ?> owner;
    @CheckForNull
    private transient WeakReference<ScanReport> cached;

    private ScanReportAction(int number, ScanReport report) {
        this.number = number;
        this.outcome = report.outcome().name();
        this.reasons = List.copyOf(report.verdict().reasons());
        this.totals = Map.copyOf(report.totals());
        this.cached = new WeakReference<>(report);
    }

    /** Stores {@code report} with {@code run} and attaches its action, after those of earlier scans. */
    static ScanReportAction store(Run<?, ?> run, ScanReport report) throws IOException {
        synchronized (NUMBERING) {
            int number = run.getActions(ScanReportAction.class).size() + 1;
            Path file = reportFile(run, number);
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                new JsonReportWriter().write(report, out);
            }
            ScanReportAction action = new ScanReportAction(number, report);
            run.addAction(action);
            return action;
        }
    }

    private static Path reportFile(Run<?, ?> run, int number) {
        return run.getRootDir().toPath().resolve(number <= 1 ? REPORT_FILE
                : REPORT_FILE.replace("report.json", "report-" + number + ".json"));
    }

    /** Which scan of the build this is, from 1. */
    public int getNumber() {
        return Math.max(1, number);
    }

    @Override
    public void onAttached(Run<?, ?> run) {
        owner = run;
    }

    @Override
    public void onLoad(Run<?, ?> run) {
        owner = run;
    }

    @CheckForNull
    public Run<?, ?> getOwner() {
        return owner;
    }

    public String getOutcome() {
        return outcome;
    }

    public List<String> getReasons() {
        return reasons;
    }

    /** Images per scan status (or per wait state, for images without a finished scan). */
    public Map<String, Integer> getTotals() {
        return totals;
    }

    /** The per-image table of the detail page; empty when the report file is gone or unreadable. */
    public List<ImageRow> getImages() {
        ScanReport report = report();
        return report == null ? List.of() : report.images().stream().map(ImageRow::new).toList();
    }

    @CheckForNull
    private synchronized ScanReport report() {
        ScanReport report = cached == null ? null : cached.get();
        if (report == null && owner != null) {
            try (Reader in = Files.newBufferedReader(reportFile(owner, number), StandardCharsets.UTF_8)) {
                report = new JsonReportReader().read(in);
                cached = new WeakReference<>(report);
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "Cannot read the HSS scan report of " + owner, e);
            }
        }
        return report;
    }

    /** Serves the stored JSON report, for download and for other tools. */
    public void doReportJson(StaplerResponse2 rsp) throws IOException {
        Run<?, ?> run = owner;
        if (run == null) {
            rsp.sendError(404);
            return;
        }
        run.checkPermission(Item.READ);
        rsp.setContentType("application/json;charset=UTF-8");
        Files.copy(reportFile(run, number), rsp.getOutputStream());
    }

    @Override
    public String getIconFileName() {
        return "symbol-shield-warning";
    }

    @Override
    public String getDisplayName() {
        return getNumber() == 1 ? Messages.ScanReportAction_displayName()
                : Messages.ScanReportAction_numberedDisplayName(getNumber());
    }

    @Override
    public String getUrlName() {
        return getNumber() == 1 ? URL_NAME : URL_NAME + "-" + getNumber();
    }

    @Override
    public Collection<? extends Action> getProjectActions() {
        return List.of();
    }
}
