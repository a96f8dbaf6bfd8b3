package io.jenkins.plugins.hss.core.report;

import java.io.IOException;
import java.io.Writer;

/** Renders a report in one format. Text that came from the API is data: every format escapes it. */
public interface ReportWriter {

    void write(ScanReport report, Writer out) throws IOException;

    /** The report in this format as a string. */
    default String render(ScanReport report) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
