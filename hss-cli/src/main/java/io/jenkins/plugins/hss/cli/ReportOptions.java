package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.report.JUnitXmlReportWriter;
import io.jenkins.plugins.hss.core.report.JsonReportWriter;
import io.jenkins.plugins.hss.core.report.MarkdownReportWriter;
import io.jenkins.plugins.hss.core.report.ReportWriter;
import io.jenkins.plugins.hss.core.report.SarifReportWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The report files to write besides the table on stdout. */
final class ReportOptions {

    @Option(names = "--report-json", paramLabel = "FILE",
            description = "Write the report as JSON (schema hss-image-scan/report@1, docs/report-schema.md).")
    String json;

    @Option(names = "--report-junit", paramLabel = "FILE",
            description = "Write the report as JUnit XML, one test case per image, for CI test views.")
    String junit;

    @Option(names = "--report-markdown", paramLabel = "FILE",
            description = "Write the report as Markdown, e.g. for a merge request comment or $GITHUB_STEP_SUMMARY.")
    String markdown;

    @Option(names = "--report-sarif", paramLabel = "FILE",
            description = "Write the report as SARIF 2.1.0 for GitHub code scanning, GitLab, Warnings NG or DefectDojo: "
                    + "one result per image and finding, its level the gate's outcome. Reads each image's vulnerability "
                    + "list for it after the verdict, within --timeout (docs/report-schema.md).")
    String sarif;

    /** Whether a requested format names each vulnerability, so that the run must read the lists. */
    boolean listsVulnerabilities() {
        return sarif != null;
    }

    /** Creates the directories of the report files, so that a bad path stops the command before anything is sent. */
    void prepare(Shell shell) {
        for (String file : requested(null).keySet()) {
            Path directory = shell.resolve(file).toAbsolutePath().getParent();
            try {
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new InvalidInput("cannot create the directory of the report " + file + ": " + e);
            }
            if (!Files.isWritable(directory)) {
                throw new InvalidInput("cannot write the report " + file + ": " + directory + " is not writable");
            }
        }
    }

    /**
     * Writes every requested file.
     *
     * @return the files written
     */
    List<Path> write(ScanOutput output, GatePolicy gate, Shell shell) throws IOException {
        Map<String, ReportWriter> requested = requested(new SarifReportWriter(Version.number(), gate, output.vulnerabilities()));
        for (Map.Entry<String, ReportWriter> entry : requested.entrySet()) {
            Path file = shell.resolve(entry.getKey());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                entry.getValue().write(output.report(), out);
            }
        }
        return requested.keySet().stream().map(shell::resolve).toList();
    }

    /** The files asked for; {@code prepare} needs only their names, so it may pass no SARIF writer. */
    private Map<String, ReportWriter> requested(ReportWriter sarifWriter) {
        Map<String, ReportWriter> requested = new LinkedHashMap<>();
        putIfSet(requested, json, new JsonReportWriter());
        putIfSet(requested, junit, new JUnitXmlReportWriter());
        putIfSet(requested, markdown, new MarkdownReportWriter());
        putIfSet(requested, sarif, sarifWriter);
        return requested;
    }

    private static void putIfSet(Map<String, ReportWriter> requested, String file, ReportWriter writer) {
        if (file != null) {
            requested.put(file, writer);
        }
    }
}
