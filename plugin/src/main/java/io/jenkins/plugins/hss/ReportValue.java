package io.jenkins.plugins.hss;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.core.gate.Verdict;
import io.jenkins.plugins.hss.core.report.JsonReportWriter;
import io.jenkins.plugins.hss.core.report.ReportExcerpt;
import io.jenkins.plugins.hss.core.report.ScanReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;

/**
 * What {@code hsBatchScan} returns: the report as the same document as {@code report.json}, made
 * of maps, lists, strings, numbers and booleans. A plain map needs no script-security approval in
 * sandboxed Pipelines and is {@link java.io.Serializable}, so it survives in the program's state.
 * It lives in that state, saved with every step, so a scan of more than
 * {@link ScanReportAction#SHOWN} images returns that many (those that did not pass first), every
 * image in its {@code totals}, and counts the rest in {@code imagesOmitted} and
 * {@code reasonsOmitted}; {@code report.json} keeps them all.
 */
final class ReportValue {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportValue() {}

    static LinkedHashMap<String, Object> of(ScanReport report) {
        ReportExcerpt excerpt = ReportExcerpt.of(report, ScanReportAction.SHOWN);
        if (!excerpt.truncated()) {
            return map(report);
        }
        Verdict verdict = report.verdict();
        // Every field but the cut lists as the report has them: the API, the shares, the scan task.
        LinkedHashMap<String, Object> value = map(new ScanReport(
                new Verdict(verdict.outcome(), excerpt.images(), excerpt.reasons(), verdict.unlisted()),
                report.triggeredAt(), report.finishedAt(), report.requests(), report.requestShares(), report.api(),
                report.scanTask(), report.settings()));
        value.put("totals", new LinkedHashMap<>(report.totals()));
        value.put("imagesOmitted", excerpt.imagesOmitted());
        value.put("reasonsOmitted", excerpt.reasonsOmitted());
        return value;
    }

    private static LinkedHashMap<String, Object> map(ScanReport report) {
        try {
            return MAPPER.readValue(new JsonReportWriter().render(report), new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
