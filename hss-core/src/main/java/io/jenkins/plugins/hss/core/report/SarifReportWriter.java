package io.jenkins.plugins.hss.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.auth.AkSkSigner;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The report as SARIF 2.1.0, for GitHub code scanning, GitLab, Jenkins Warnings NG and DefectDojo
 * (mapping: {@code docs/report-schema.md}). One result per image and finding ({@link SarifFindings}),
 * its level the gate's outcome for it. An image is not a file: its location is the reference
 * {@code namespace/name:tag} as a relative URI against a base per image type
 * ({@code SWR_PRIVATE_IMAGE}, {@code SWR_SHARED_IMAGE}) that names no file system, plus a logical
 * location, and each result carries a fingerprint that stays the same run after run.
 */
public final class SarifReportWriter implements ReportWriter {

    public static final String SCHEMA_URI =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String TOOL_NAME = "hss-image-scan";
    static final String INFORMATION_URI = "https://github.com/jenkinsci/hss-image-scan-plugin";
    /** The key of the fingerprint; a change of what it hashes must change its version. */
    static final String FINGERPRINT = "hssImageFinding/v1";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String toolVersion;
    private final GatePolicy gate;
    private final VulnerabilityDetails details;

    /**
     * @param gate    the policy the verdict came from, which ranks each finding
     * @param details the vulnerability lists that were read; the others are counted
     */
    public SarifReportWriter(String toolVersion, GatePolicy gate, VulnerabilityDetails details) {
        this.toolVersion = Objects.requireNonNull(toolVersion, "toolVersion");
        this.gate = Objects.requireNonNull(gate, "gate");
        this.details = Objects.requireNonNull(details, "details");
    }

    @Override
    public void write(ScanReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, toTree(report));
    }

    ObjectNode toTree(ScanReport report) {
        List<SarifResult> results = new SarifFindings(gate, report.images(), details).of(report);
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", SCHEMA_URI);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", TOOL_NAME);
        driver.put("version", toolVersion);
        driver.put("informationUri", INFORMATION_URI);
        ArrayNode rules = driver.putArray("rules");
        for (SarifResult result : results) {
            ruleIndex.computeIfAbsent(result.rule().id(), id -> {
                rules.add(rule(result.rule()));
                return rules.size() - 1;
            });
        }
        baseIds(run.putObject("originalUriBaseIds"));
        invocation(run.putArray("invocations").addObject(), report);
        ArrayNode resultNodes = run.putArray("results");
        results.forEach(result -> resultNodes.add(result(result, ruleIndex.get(result.rule().id()))));
        ObjectNode properties = run.putObject("properties");
        properties.put("verdict", report.outcome().name());
        report.verdict().reasons().forEach(properties.putArray("reasons")::add);
        return root;
    }

    private static ObjectNode rule(SarifRule rule) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", rule.id());
        if (rule.name() != null) {
            node.put("name", rule.name());
        }
        node.putObject("shortDescription").put("text", rule.shortDescription());
        node.putObject("fullDescription").put("text", rule.fullDescription());
        ObjectNode help = node.putObject("help");
        help.put("text", rule.helpText());
        help.put("markdown", rule.helpMarkdown());
        if (rule.helpUri() != null) {
            node.put("helpUri", rule.helpUri());
        }
        rule.tags().forEach(node.putObject("properties").putArray("tags")::add);
        return node;
    }

    /** The bases of image locations: repositories, not directories, so they have no URI of their own. */
    private static void baseIds(ObjectNode node) {
        for (ImageType type : ImageType.values()) {
            String imageType = type.wireName();
            node.putObject(baseId(imageType)).putObject("description")
                    .put("text", EngineMessages.format("sarif.base." + imageType));
        }
    }

    /**
     * Whether the analysis is complete: every image's scan this run started ended successfully
     * and its counts are known, and no image was only counted. A timeout, a failed scan or a
     * trigger-only run leave findings unknown, whatever the gate made of them.
     */
    private static void invocation(ObjectNode node, ScanReport report) {
        boolean complete = !report.verdict().unlisted().any() && report.images().stream()
                .allMatch(image -> image.state() == WaitEnd.FINISHED
                        && ScanStatus.fromWire(image.status()).filter(s -> s == ScanStatus.SUCCESS).isPresent());
        node.put("executionSuccessful", complete);
        node.put("startTimeUtc", report.triggeredAt().toString());
        node.put("endTimeUtc", report.finishedAt().toString());
    }

    private static ObjectNode result(SarifResult result, int ruleIndex) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("ruleId", result.rule().id());
        node.put("ruleIndex", ruleIndex);
        node.put("level", result.level());
        node.putObject("message").put("text", result.message());
        ImageResult image = result.image();
        ObjectNode location = node.putArray("locations").addObject();
        ObjectNode physical = location.putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        if (image == null) {
            artifact.put("uri", "selection");
        } else {
            artifact.put("uri", uri(image));
            artifact.put("uriBaseId", baseId(image.imageType()));
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            logical.put("name", PlainText.clean(image.reference()));
            logical.put("fullyQualifiedName", PlainText.clean(image.imageType() + "/" + image.reference()));
            logical.put("kind", "module");
        }
        physical.putObject("region").put("startLine", 1);
        node.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(result));
        ObjectNode properties = node.putObject("properties");
        result.properties().forEach(properties::put);
        return node;
    }

    private static String baseId(String imageType) {
        return "SWR_" + PlainText.clean(imageType).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /**
     * {@code namespace/name:tag}, each part percent-encoded so that no API text can make it another
     * URI; a name with an empty, {@code .} or {@code ..} part becomes one segment, so that no
     * consumer resolves it to another path.
     */
    private static String uri(ImageResult image) {
        String name = String.valueOf(image.imageName());
        List<String> parts = Arrays.asList(name.split("/", -1));
        boolean plain = parts.stream().noneMatch(part -> part.isEmpty() || part.equals(".") || part.equals(".."));
        String path = plain ? String.join("/", parts.stream().map(AkSkSigner::encode).toList()) : AkSkSigner.encode(name);
        return AkSkSigner.encode(String.valueOf(image.namespace())) + "/" + path + ":"
                + AkSkSigner.encode(String.valueOf(image.imageVersion()));
    }

    /** A hash of what tells the finding apart: the image, the rule and the result's own parts, never counts. */
    private static String fingerprint(SarifResult result) {
        ImageResult image = result.image();
        StringBuilder key = new StringBuilder(result.rule().id());
        if (image != null) {
            key.append('\u0000').append(image.imageType()).append('\u0000').append(image.reference());
        }
        result.fingerprint().forEach(part -> key.append('\u0000').append(part));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
