package io.jenkins.plugins.hss.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Map;

/**
 * The report as JSON in the versioned schema of {@code docs/report-schema.md}; {@link JsonReportReader}
 * reads it back. Built as a tree, field by field, so the schema does not follow refactorings of
 * the Java types by accident.
 */
public final class JsonReportWriter implements ReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, toTree(report));
    }

    ObjectNode toTree(ScanReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", ScanReport.SCHEMA);
        root.put("verdict", report.outcome().name());
        if (report.api() != null) {
            root.put("api", report.api());
        }
        report.verdict().reasons().forEach(root.putArray("reasons")::add);
        putInstant(root, "triggeredAt", report.triggeredAt());
        putInstant(root, "finishedAt", report.finishedAt());
        root.put("elapsedMillis", report.elapsed().toMillis());
        putCounts(root.putObject("totals"), report.totals());
        putCounts(root.putObject("requests"), report.requests());
        ObjectNode shares = root.putObject("requestShares");
        report.requestShares().forEach(shares::put);
        ScanTaskReading task = report.scanTask();
        if (task != null) {
            ObjectNode node = root.putObject("scanTask");
            if (task.unread() == null) {
                node.put("taskId", task.taskId());
                node.put("failedImages", task.failedImages());
            } else {
                node.put("unread", task.unread());
            }
        }
        UnlistedImages unlisted = report.verdict().unlisted();
        if (unlisted.any()) {
            ObjectNode node = root.putObject("unlisted");
            node.put("count", unlisted.count());
            node.put("state", unlisted.state().wireName());
            node.put("outcome", unlisted.outcome().name());
        }
        if (!report.settings().asMap().isEmpty()) {
            ObjectNode settings = root.putObject("settings");
            report.settings().asMap().forEach(settings::put);
        }
        ArrayNode images = root.putArray("images");
        report.images().forEach(image -> images.add(image(image)));
        return root;
    }

    private static ObjectNode image(ImageResult image) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("reference", image.reference());
        node.put("imageType", image.imageType());
        node.put("namespace", image.namespace());
        node.put("imageName", image.imageName());
        node.put("imageVersion", image.imageVersion());
        if (image.instanceId() != null) {
            node.put("instanceId", image.instanceId());
        }
        node.put("imageId", image.imageId());
        node.put("state", image.state().wireName());
        node.put("status", image.status());
        node.put("failureDescription", image.failureDescription());
        putInstant(node, "scanTime", image.scanTime());
        node.set("findings", findings(image.findings()));
        node.put("outcome", image.outcome().name());
        node.put("reason", image.reason());
        if (image.taskFailure() != null) {
            node.put("taskFailure", image.taskFailure());
        }
        if (image.problem() != null) {
            node.put("problem", image.problem());
        }
        return node;
    }

    private static ObjectNode findings(Findings findings) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("vulnerabilities", findings.vulnerabilities());
        node.put("maliciousFiles", findings.maliciousFiles());
        node.put("unsafeSettings", findings.unsafeSettings());
        if (findings.hasNecessityCounts()) {
            ObjectNode levels = node.putObject("byRepairNecessity");
            findings.byNecessity().forEach((level, count) -> levels.put(level.wireName(), count));
        }
        if (!findings.unknownNecessity().isEmpty()) {
            ObjectNode levels = node.putObject("unknownRepairNecessity");
            findings.unknownNecessity().forEach(levels::put);
        }
        if (findings.necessityUnknown() != null) {
            node.put("repairNecessityUnknown", findings.necessityUnknown());
        }
        if (findings.severityLevel() != null) {
            node.put("severityLevel", findings.severityLevel());
        }
        if (findings.cves() != null) {
            node.set("cves", cves(findings.cves()));
        }
        return node;
    }

    /** What ListGeneralImageVuls told of the image's CVEs: the worst score, the CVEs a threshold matched. */
    private static ObjectNode cves(CveExposure cves) {
        ObjectNode node = MAPPER.createObjectNode();
        if (cves.known()) {
            node.put("worstCvss", cves.worstCvss());
            ObjectNode matched = node.putObject("matched");
            cves.matchedInOrder().forEach(matched::put);
            if (!cves.unscored().isEmpty()) {
                cves.unscored().forEach(node.putArray("unscored")::add);
            }
        } else {
            node.put("unknown", cves.unknown());
        }
        return node;
    }

    private static void putInstant(ObjectNode node, String field, Instant instant) {
        if (instant == null) {
            node.putNull(field);
        } else {
            node.put(field, instant.toString());
        }
    }

    private static void putCounts(ObjectNode node, Map<String, Integer> counts) {
        new java.util.TreeMap<>(counts).forEach(node::put);
    }
}
