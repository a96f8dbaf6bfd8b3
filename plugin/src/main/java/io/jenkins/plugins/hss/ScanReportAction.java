package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Run;
import io.jenkins.plugins.hss.core.report.JsonReportReader;
import io.jenkins.plugins.hss.core.report.JsonReportWriter;
import io.jenkins.plugins.hss.core.report.ReportExcerpt;
import io.jenkins.plugins.hss.core.report.ReportWriter;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.watch.PerImageLineLimit;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.model.RunAction2;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.export.Exported;
import org.kohsuke.stapler.export.ExportedBean;

/**
 * The report of one scan of a build: a summary on the build page, a page with every image, and
 * the verdict and counts in the build's REST API. A build that scans more than once (one registry
 * after another, parallel branches) keeps one action per scan, numbered in the order they ended.
 * The full report lives in its own file in the build directory ({@value #REPORT_FILE} for the
 * first, {@code report-2.json} and on for the next ones), written by the engine's JSON writer and
 * read back on demand; {@code build.xml} keeps only what the summary shows.
 *
 * <p>The fields are {@link ArrayList} and {@link TreeMap}: XStream, which writes {@code build.xml},
 * refuses the JDK's immutable maps ({@code Map.of}, {@code Map.copyOf}), and a build whose record
 * cannot be saved is lost at the next restart.
 */
@ExportedBean
public final class ScanReportAction implements RunAction2, SimpleBuildStep.LastBuildAction {

    /**
     * How many images and reasons a build shows of a scan in its log, on its page and in the
     * value a Pipeline step returns: as many per-image lines as the console prints.
     */
    static final int SHOWN = PerImageLineLimit.DEFAULT_LIMIT;
    private static final String URL_NAME = "hss-image-scan";
    static final String REPORT_FILE = URL_NAME + "/report.json";
    private static final Logger LOGGER = Logger.getLogger(ScanReportAction.class.getName());
    /** Numbers the scans of a build: parallel branches may end at the same time. */
    private static final Object NUMBERING = new Object();

    /** 1 for a build's first scan; 0 in a build stored before scans were numbered, meaning 1. */
    private final int number;
    private final String outcome;
    private final ArrayList<String> reasons;
    /** Reasons beyond {@link #SHOWN}, only counted. */
    private final int reasonsOmitted;
    private final TreeMap<String, Integer> totals;
    /** Whether the build keeps the report as SARIF too; false in a build stored before SARIF. */
    private final boolean sarif;
    /** {@link TrendFigures#findings}; null in a build stored before the trend, read from its report then. */
    @CheckForNull
    private final TreeMap<String, Integer> findings;
    /** {@link TrendFigures#outcomes}; null in a build stored before the trend. */
    @CheckForNull
    private final TreeMap<String, Integer> outcomes;
    @CheckForNull
    private transient Run<?, ?> owner;
    @CheckForNull
    private transient WeakReference<ScanReport> cached;

    private ScanReportAction(int number, ScanReport report, boolean sarif) {
        ReportExcerpt excerpt = ReportExcerpt.of(report, SHOWN);
        this.number = number;
        this.sarif = sarif;
        this.findings = TrendFigures.findings(report);
        this.outcomes = TrendFigures.outcomes(report);
        this.outcome = report.outcome().name();
        this.reasons = new ArrayList<>(excerpt.reasons());
        this.reasonsOmitted = excerpt.reasonsOmitted();
        this.totals = new TreeMap<>(report.totals());
        this.cached = new WeakReference<>(report);
    }

    /**
     * Stores {@code report} with {@code run} and attaches its action, after those of earlier scans.
     *
     * @param sarif writes the SARIF form kept beside the JSON report, or null for none
     */
    static ScanReportAction store(Run<?, ?> run, ScanReport report, @CheckForNull ReportWriter sarif) throws IOException {
        synchronized (NUMBERING) {
            int number = run.getActions(ScanReportAction.class).size() + 1;
            Files.createDirectories(reportDirectory(run));
            write(report, new JsonReportWriter(), reportFile(run, number));
            if (sarif != null) {
                write(report, sarif, sarifFile(run, number));
            }
            ScanReportAction action = new ScanReportAction(number, report, sarif != null);
            run.addAction(action);
            return action;
        }
    }

    private static void write(ScanReport report, ReportWriter writer, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            writer.write(report, out);
        }
    }

    private static Path reportDirectory(Run<?, ?> run) {
        return run.getRootDir().toPath().resolve(URL_NAME);
    }

    private static Path reportFile(Run<?, ?> run, int number) {
        return number <= 1 ? run.getRootDir().toPath().resolve(REPORT_FILE)
                : reportDirectory(run).resolve("report-" + number + ".json");
    }

    /** The SARIF form of a scan's report, beside its JSON: {@code report.sarif}, {@code report-2.sarif}… */
    private static Path sarifFile(Run<?, ?> run, int number) {
        return reportDirectory(run).resolve(number <= 1 ? "report.sarif" : "report-" + number + ".sarif");
    }

    /** The SARIF report this build keeps of this scan; its existence is {@link #isSarif()}. */
    Path sarifFile() throws IOException {
        Run<?, ?> run = owner;
        if (run == null) {
            throw new IOException("the report is not attached to a build");
        }
        return sarifFile(run, number);
    }

    /** Which scan of the build this is, from 1. */
    @Exported
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

    /** {@code SUCCESS}, {@code UNSTABLE} or {@code FAILURE}. */
    @Exported(name = "verdict")
    public String getOutcome() {
        return outcome;
    }

    /** The first {@link #SHOWN} reasons of the verdict. */
    @Exported
    public List<String> getReasons() {
        return Collections.unmodifiableList(reasons);
    }

    /** How many more reasons the report holds than {@link #getReasons()}. */
    @Exported
    public int getReasonsOmitted() {
        return reasonsOmitted;
    }

    /** Images per scan status (or per wait state, for images without a finished scan). */
    @Exported
    public Map<String, Integer> getTotals() {
        return Collections.unmodifiableMap(totals);
    }

    /** The trend's findings of this scan: vulnerabilities by repair necessity and in all. */
    Map<String, Integer> findingFigures() {
        return figures(findings, TrendFigures::findings);
    }

    /** The trend's outcomes of this scan: images per outcome of the gate. */
    Map<String, Integer> outcomeFigures() {
        return figures(outcomes, TrendFigures::outcomes);
    }

    private Map<String, Integer> figures(@CheckForNull TreeMap<String, Integer> kept,
                                         Function<ScanReport, TreeMap<String, Integer>> fromReport) {
        if (kept != null) {
            return Collections.unmodifiableMap(kept);
        }
        ScanReport report = report();
        return report == null ? Map.of() : fromReport.apply(report);
    }

    /** How many images the scan covered. */
    @Exported
    public int getImageCount() {
        return totals.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The per-image table of the detail page: at most {@link #SHOWN} images, those that did not pass
     * first; empty when the report file is gone or unreadable.
     */
    public List<ImageRow> getImages() {
        ScanReport report = report();
        return report == null ? List.of()
                : ReportExcerpt.of(report, SHOWN).images().stream().map(ImageRow::new).toList();
    }

    /** How many images the detail page leaves to the JSON report. */
    public int getImagesOmitted() {
        ScanReport report = report();
        return report == null ? 0 : ReportExcerpt.of(report, SHOWN).imagesOmitted();
    }

    @CheckForNull
    private synchronized ScanReport report() {
        ScanReport report = cached == null ? null : cached.get();
        Run<?, ?> run = owner;
        if (report == null && run != null) {
            try (Reader in = Files.newBufferedReader(reportFile(run, number), StandardCharsets.UTF_8)) {
                report = new JsonReportReader().read(in);
                cached = new WeakReference<>(report);
            } catch (IOException e) {
                LOGGER.log(Level.WARNING, "Cannot read the HSS scan report of " + run, e);
            }
        }
        return report;
    }

    /** Whether {@code reportSarif} below this page serves the report as SARIF 2.1.0. */
    @Exported
    public boolean isSarif() {
        return sarif;
    }

    /** Serves the stored JSON report, for download and for other tools; 404 when it is gone. */
    public void doReportJson(StaplerResponse2 rsp) throws IOException {
        Run<?, ?> run = owner;
        serve(rsp, run, run == null ? null : reportFile(run, number), "application/json;charset=UTF-8");
    }

    /** Serves the stored SARIF report; 404 when the scan wrote none or it is gone. */
    public void doReportSarif(StaplerResponse2 rsp) throws IOException {
        Run<?, ?> run = owner;
        serve(rsp, run, run == null || !sarif ? null : sarifFile(run, number), "application/sarif+json;charset=UTF-8");
    }

    private static void serve(StaplerResponse2 rsp, @CheckForNull Run<?, ?> run, @CheckForNull Path file,
                              String contentType) throws IOException {
        if (run == null || file == null) {
            rsp.sendError(404);
            return;
        }
        run.checkPermission(Item.READ);
        if (!Files.isRegularFile(file)) {
            rsp.sendError(404);
            return;
        }
        rsp.setContentType(contentType);
        Files.copy(file, rsp.getOutputStream());
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

    /** Where the report page is, relative to the build; its JSON is at {@code reportJson} below it. */
    @Exported
    @Override
    public String getUrlName() {
        return getNumber() == 1 ? URL_NAME : URL_NAME + "-" + getNumber();
    }

    /** The job's trend, once per build: a build that scans more than once has one action per scan. */
    @Override
    public Collection<? extends Action> getProjectActions() {
        Run<?, ?> run = owner;
        return run == null || getNumber() != 1 ? List.of() : List.of(new ScanTrendAction(run.getParent()));
    }
}
