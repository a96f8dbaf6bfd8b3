package io.jenkins.plugins.hss;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.core.report.JsonReportWriter;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

/**
 * What {@code hsBatchScan} returns: the report as the same document as {@code report.json}, made
 * of maps, lists, strings, numbers and booleans. A plain map needs no script-security approval in
 * sandboxed Pipelines and is {@link java.io.Serializable}, so it survives in the program's state.
 */
final class ReportValue {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportValue() {}

    static LinkedHashMap<String, Object> of(ScanReport report) {
        try {
            return MAPPER.readValue(new JsonReportWriter().render(report), new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
