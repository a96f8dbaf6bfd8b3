package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.Job;

/**
 * The HSS trends on a job's page (its {@code floatingBox.jelly}): the findings of each build by
 * repair necessity, and its images by the gate's outcome, drawn by echarts-api as Warnings NG
 * draws its trends. Its URL name is the report's, so that a click on a build's point opens that
 * build's report; each chart serves its model as JSON below it ({@code findings/}, {@code outcomes/}).
 */
public final class ScanTrendAction implements Action {

    private final Job<?, ?> job;

    ScanTrendAction(Job<?, ?> job) {
        this.job = job;
    }

    public Job<?, ?> getJob() {
        return job;
    }

    public ScanTrendChart getFindings() {
        return new ScanTrendChart(job, ScanTrendChart.Series.FINDINGS);
    }

    public ScanTrendChart getOutcomes() {
        return new ScanTrendChart(job, ScanTrendChart.Series.OUTCOMES);
    }

    /** No link in the side panel: the charts are on the job page, the reports on the builds'. */
    @CheckForNull
    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.ScanTrendAction_displayName();
    }

    @Override
    public String getUrlName() {
        return ScanTrendChart.REPORT_URL_NAME;
    }
}
