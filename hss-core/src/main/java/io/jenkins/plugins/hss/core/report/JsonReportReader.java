package io.jenkins.plugins.hss.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.gate.Verdict;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ScanFields;
import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a report written by {@link JsonReportWriter} (the plugin reloads the one stored with a build). */
public final class JsonReportReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** @throws IOException when the text is not a report of a schema this version reads */
    public ScanReport read(Reader in) throws IOException {
        JsonNode root = MAPPER.readTree(in);
        String schema = root.path("schema").asText("");
        if (!ScanReport.SCHEMA.equals(schema)) {
            throw new IOException("not a report of schema " + ScanReport.SCHEMA + ": '" + schema + "'");
        }
        List<ImageResult> images = new ArrayList<>();
        root.path("images").forEach(node -> images.add(image(node)));
        List<String> reasons = new ArrayList<>();
        root.path("reasons").forEach(node -> reasons.add(node.asText()));
        Verdict verdict = new Verdict(Outcome.valueOf(root.path("verdict").asText()), images, reasons,
                unlisted(root.get("unlisted")));
        Map<String, Integer> requests = new HashMap<>();
        root.path("requests").properties().forEach(e -> requests.put(e.getKey(), e.getValue().asInt()));
        if (!root.has("requestShares")) {
            // Written before shares were reported: nothing was shared.
            return new ScanReport(verdict, instant(root.get("triggeredAt")), instant(root.get("finishedAt")), requests,
                    ScanReport.unshared(requests), api(root));
        }
        Map<String, Double> shares = new HashMap<>();
        root.path("requestShares").properties().forEach(e -> shares.put(e.getKey(), e.getValue().asDouble()));
        return new ScanReport(verdict, instant(root.get("triggeredAt")), instant(root.get("finishedAt")), requests,
                shares, api(root), scanTask(root.get("scanTask")), settings(root.get("settings")));
    }

    /** Absent in reports of versions before it: not known. */
    private static ScanFields settings(JsonNode node) {
        ScanFields.Builder settings = ScanFields.builder();
        if (node != null) {
            node.properties().forEach(e -> settings.put(e.getKey(), e.getValue().asText()));
        }
        return settings.build();
    }

    /** Absent on batch-scan and in reports of versions before it. */
    private static ScanTaskReading scanTask(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.hasNonNull("unread") ? ScanTaskReading.unread(text(node, "unread"))
                : ScanTaskReading.read(text(node, "taskId"), node.path("failedImages").asInt());
    }

    /** Written before reports named their API: not known. */
    private static String api(JsonNode root) {
        return root.hasNonNull("api") ? root.get("api").asText() : null;
    }

    private static UnlistedImages unlisted(JsonNode node) {
        if (node == null || node.isNull()) {
            return UnlistedImages.NONE;
        }
        return new UnlistedImages(node.path("count").asInt(), WaitEnd.fromWire(text(node, "state")).orElseThrow(),
                Outcome.valueOf(text(node, "outcome")));
    }

    private static ImageResult image(JsonNode node) {
        return new ImageResult(text(node, "imageType"), text(node, "namespace"),
                text(node, "imageName"), text(node, "imageVersion"), text(node, "imageId"),
                WaitEnd.fromWire(text(node, "state")).orElseThrow(), text(node, "status"),
                text(node, "failureDescription"), instant(node.get("scanTime")), findings(node.path("findings")),
                text(node, "problem"), text(node, "instanceId"), text(node, "taskFailure"),
                Outcome.valueOf(text(node, "outcome")), text(node, "reason"));
    }

    private static Findings findings(JsonNode node) {
        Map<RepairNecessity, Integer> levels = new EnumMap<>(RepairNecessity.class);
        node.path("byRepairNecessity").properties().forEach(e ->
                RepairNecessity.fromWire(e.getKey()).ifPresent(level -> levels.put(level, e.getValue().asInt())));
        Map<String, Integer> unknown = new HashMap<>();
        node.path("unknownRepairNecessity").properties().forEach(e -> unknown.put(e.getKey(), e.getValue().asInt()));
        return new Findings(count(node, "vulnerabilities"), count(node, "maliciousFiles"), count(node, "unsafeSettings"),
                levels, unknown, text(node, "repairNecessityUnknown"), text(node, "severityLevel"), cves(node.get("cves")));
    }

    private static CveExposure cves(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.hasNonNull("unknown")) {
            return CveExposure.unknown(text(node, "unknown"));
        }
        Map<String, Double> matched = new HashMap<>();
        node.path("matched").properties().forEach(e -> matched.put(e.getKey(), e.getValue().asDouble()));
        List<String> unscored = new ArrayList<>();
        node.path("unscored").forEach(id -> unscored.add(id.asText()));
        JsonNode worst = node.get("worstCvss");
        return new CveExposure(worst == null || worst.isNull() ? null : worst.asDouble(), matched, unscored, null);
    }

    /** A count, null when the report says HSS did not report it. */
    private static Integer count(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(JsonNode node) {
        return node == null || node.isNull() ? null : Instant.parse(node.asText());
    }
}
