package io.jenkins.plugins.hss;

import edu.hm.hafner.echarts.JacksonFacade;
import edu.hm.hafner.echarts.line.LineSeries;
import edu.hm.hafner.echarts.line.LinesChartModel;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.jenkins.plugins.echarts.AsyncTrendChart;
import io.jenkins.plugins.echarts.JenkinsPalette;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.bind.JavaScriptMethod;

/**
 * One HSS trend of a job: a line per figure ({@link Series}), a point per build with a scan
 * report, oldest to newest, from the figures each build keeps of its scans (summed when a build
 * scanned more than once), the newest {@value #BUILDS}. The page asks for its model through the
 * JavaScript proxy echarts-api binds; {@link #doIndex} serves the same JSON for other tools and tests.
 */
public final class ScanTrendChart implements AsyncTrendChart {

    static final String REPORT_URL_NAME = "hss-image-scan";
    /** How many builds a chart shows: echarts-api's default for its configurable charts. */
    private static final int BUILDS = 50;

    /** The lines of a chart: which figures of a scan, in which order and colour, under which names. */
    enum Series {
        FINDINGS(ScanReportAction::findingFigures, List.of(
                line("immediate_repair", Messages::ScanTrendChart_immediateRepair, JenkinsPalette.RED),
                line("delay_repair", Messages::ScanTrendChart_delayRepair, JenkinsPalette.ORANGE),
                line("not_needed_repair", Messages::ScanTrendChart_notNeededRepair, JenkinsPalette.YELLOW),
                line(TrendFigures.VULNERABILITIES, Messages::ScanTrendChart_vulnerabilities, JenkinsPalette.GREY))),
        OUTCOMES(ScanReportAction::outcomeFigures, List.of(
                line("FAILURE", Messages::ScanTrendChart_failure, JenkinsPalette.RED),
                line("UNSTABLE", Messages::ScanTrendChart_unstable, JenkinsPalette.YELLOW),
                line("SUCCESS", Messages::ScanTrendChart_success, JenkinsPalette.GREEN)));

        private final Function<ScanReportAction, Map<String, Integer>> figures;
        private final List<Line> lines;

        Series(Function<ScanReportAction, Map<String, Integer>> figures, List<Line> lines) {
            this.figures = figures;
            this.lines = lines;
        }
    }

    private record Line(String key, Supplier<String> name, JenkinsPalette color) {}

    private static Line line(String key, Supplier<String> name, JenkinsPalette color) {
        return new Line(key, name, color);
    }

    private final Job<?, ?> job;
    private final Series series;

    ScanTrendChart(Job<?, ?> job, Series series) {
        this.job = job;
        this.series = series;
    }

    /** Where a click on a build's point goes, relative to that build: its (first) scan report. */
    public String getUrlName() {
        return REPORT_URL_NAME;
    }

    /** A trend needs two points. */
    @Override
    public boolean isTrendVisible() {
        return builds(2).size() >= 2;
    }

    /** What the page's chart draws, asked for through the proxy {@code <c:trend-chart>} binds. */
    @JavaScriptMethod
    @Override
    public String getBuildTrendModel() {
        return new JacksonFacade().toJson(model());
    }

    /** The same model as JSON, for other tools and tests. */
    public void doIndex(StaplerResponse2 rsp) throws IOException {
        job.checkPermission(Item.READ);
        rsp.setContentType("application/json;charset=UTF-8");
        rsp.getOutputStream().write(getBuildTrendModel().getBytes(StandardCharsets.UTF_8));
    }

    private LinesChartModel model() {
        List<Run<?, ?>> builds = builds(BUILDS);
        Collections.reverse(builds);
        LinesChartModel model = new LinesChartModel(
                builds.stream().map(Run::getDisplayName).toList(), builds.stream().map(Run::getNumber).toList());
        for (Line line : series.lines) {
            List<Double> values = builds.stream().map(build -> (double) figure(build, line.key())).toList();
            model.addSeries(new LineSeries(line.name().get(), line.color().normal(),
                    LineSeries.StackedMode.SEPARATE_LINES, LineSeries.FilledMode.LINES, values));
        }
        return model;
    }

    private int figure(Run<?, ?> build, String key) {
        return build.getActions(ScanReportAction.class).stream()
                .mapToInt(scan -> series.figures.apply(scan).getOrDefault(key, 0)).sum();
    }

    /** The newest builds with a scan report, at most {@code count}, newest first. */
    private List<Run<?, ?>> builds(int count) {
        List<Run<?, ?>> builds = new ArrayList<>();
        for (Run<?, ?> build = job.getLastCompletedBuild(); build != null && builds.size() < count;
                build = build.getPreviousCompletedBuild()) {
            if (build.getAction(ScanReportAction.class) != null) {
                builds.add(build);
            }
        }
        return builds;
    }
}
