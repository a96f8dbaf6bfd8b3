package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A Markdown summary (a pull-request comment, a CI job summary): verdict, reasons, totals, a table. */
public final class MarkdownReportWriter implements ReportWriter {

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        out.write("## HSS image scan: " + report.outcome() + "\n\n");
        for (String reason : report.verdict().reasons()) {
            out.write("- " + MarkdownText.cell(reason) + "\n");
        }
        out.write("\n" + report.images().size() + " images, " + report.elapsed().toSeconds() + " s;");
        for (var total : report.totals().entrySet()) {
            out.write(" " + MarkdownText.cell(total.getKey()) + ": " + total.getValue() + ";");
        }
        if (report.scanTask() != null) {
            out.write("\n\nScan task: " + MarkdownText.cell(report.scanTask().describe()));
        }
        // The CVE column only when a threshold read the CVEs: other reports keep their shape.
        boolean cves = report.images().stream().anyMatch(image -> image.findings().cves() != null);
        out.write("\n\n| Image | Status | Vulnerabilities | Malicious files | Unsafe settings | "
                + (cves ? "CVEs | " : "") + "Outcome | Reason |\n");
        out.write("|---|---|---:|---:|---:|" + (cves ? "---|" : "") + "---|---|\n");
        for (ImageResult image : report.images()) {
            out.write(row(image, cves));
        }
    }

    private static String row(ImageResult image, boolean cves) {
        List<String> cells = new ArrayList<>(List.of(
                MarkdownText.cell(image.reference()),
                MarkdownText.cell(FindingsText.status(image)),
                FindingsText.count(image.findings().vulnerabilities()),
                FindingsText.count(image.findings().maliciousFiles()),
                FindingsText.count(image.findings().unsafeSettings())));
        if (cves) {
            cells.add(MarkdownText.cell(Objects.requireNonNullElse(FindingsText.cves(image.findings()), "")));
        }
        cells.add(image.outcome().name());
        cells.add(MarkdownText.cell(image.reason()));
        return "| " + String.join(" | ", cells) + " |\n";
    }
}
