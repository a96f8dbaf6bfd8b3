package io.jenkins.plugins.hss.core.report;

import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.ImageVerdict;
import java.io.IOException;
import java.io.Writer;

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
        out.write("\n\n| Image | Status | Vulnerabilities | Malicious files | Unsafe settings | Outcome | Reason |\n");
        out.write("|---|---|---:|---:|---:|---|---|\n");
        for (ImageVerdict image : report.images()) {
            out.write(row(image));
        }
    }

    private static String row(ImageVerdict verdict) {
        ImageResult image = verdict.image();
        return "| " + String.join(" | ",
                MarkdownText.cell(image.reference()),
                MarkdownText.cell(FindingsText.status(image)),
                FindingsText.count(image.findings().vulnerabilities()),
                FindingsText.count(image.findings().maliciousFiles()),
                FindingsText.count(image.findings().unsafeSettings()),
                verdict.outcome().name(),
                MarkdownText.cell(verdict.reason())) + " |\n";
    }
}
