package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for a console (the CLI, a Jenkins build log), then the verdict and its
 * reasons. With a row limit it prints a {@link ReportExcerpt}: a build log must stay readable
 * when a scan covers 100,000 images.
 */
public final class TextReportWriter implements ReportWriter {

    private static final List<String> HEADER = List.of("IMAGE", "STATUS", "VUL/MAL/UNSAFE", "OUTCOME", "REASON");

    private final int limit;

    /** Every image and every reason. */
    public TextReportWriter() {
        this(Integer.MAX_VALUE);
    }

    /** At most {@code limit} images (those that did not pass first) and {@code limit} reasons. */
    public TextReportWriter(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        this.limit = limit;
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        ReportExcerpt excerpt = ReportExcerpt.of(report, limit);
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (ImageResult image : excerpt.images()) {
            rows.add(List.of(PlainText.clean(image.reference()),
                    PlainText.clean(FindingsText.status(image)),
                    FindingsText.counts(image.findings()),
                    image.outcome().name(),
                    PlainText.clean(image.reason())));
        }
        int[] widths = widths(rows);
        for (List<String> row : rows) {
            out.write(line(row, widths));
        }
        if (excerpt.imagesOmitted() > 0) {
            out.write("(" + excerpt.imagesOmitted() + " more images not shown, " + excerpt.failedOmitted()
                    + " of them did not pass; the totals count them)\n");
        }
        out.write("Totals: " + report.totals() + ", " + report.elapsed().toSeconds() + " s\n");
        if (report.scanTask() != null) {
            out.write("Scan task: " + PlainText.clean(report.scanTask().describe()) + "\n");
        }
        out.write("Verdict: " + report.outcome() + "\n");
        for (String reason : excerpt.reasons()) {
            out.write("  - " + PlainText.clean(reason) + "\n");
        }
        if (excerpt.reasonsOmitted() > 0) {
            out.write("  - (" + excerpt.reasonsOmitted() + " more reasons not shown)\n");
        }
    }

    private static int[] widths(List<List<String>> rows) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        return widths;
    }

    private static String line(List<String> row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = row.get(i);
            line.append(cell);
            if (i < widths.length - 1) {
                line.append(" ".repeat(widths[i] - cell.length() + 2));
            }
        }
        return line.toString().stripTrailing() + "\n";
    }
}
