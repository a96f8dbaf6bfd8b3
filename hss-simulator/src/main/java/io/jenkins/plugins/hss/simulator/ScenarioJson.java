package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the scenario file format of docs/simulator.md. Strict: an unknown key or a value of the
 * wrong type is an error naming where it is, because a typo that silently falls back to a default
 * would make a test prove something else than its author meant.
 */
record ScenarioJson(ScanRules rules, List<ScenarioImage> images, SyncRules sync, List<Registry> registries) {

    private static final Set<String> TOP_KEYS = Set.of("rules", "images", "sync", "registries");
    private static final Set<String> SYNC_KEYS = Set.of("refresh_period", "duration");
    private static final Set<String> REGISTRY_KEYS = Set.of("id", "name", "type", "address");
    private static final Set<String> CVE_KEYS = Set.of("cve_id", "cvss");
    private static final Set<String> RULE_KEYS = Set.of("start_delay", "waiting_duration", "scan_duration",
            "size_limit", "name_matching", "scan_times", "concurrent_scans");
    private static final Set<String> SCAN_TIME_KEYS = Set.of("base", "per_gib", "sigma", "seed");
    private static final Set<String> IMAGE_KEYS = Set.of("image", "image_type", "size", "updated_at",
            "latest_version", "vulnerabilities", "unsafe_settings", "malicious_files", "outcomes",
            "failure_reason", "scan_duration", "previous_scan", "enterprise_project_id", "instance_id",
            "instance_name", "shared_by", "pushed_at", "registry", "architectures");
    private static final Set<String> PREVIOUS_KEYS = Set.of("outcome", "at", "vulnerabilities",
            "unsafe_settings", "malicious_files");
    private static final Set<String> VULNERABILITY_KEYS = Set.of("vul_id", "repair_necessity", "description",
            "position", "app_name", "app_path", "version", "solution", "url", "type", "handled", "severity_level",
            "cves");

    static ScenarioJson read(InputStream json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json);
        requireKeys(root, TOP_KEYS, "scenario");
        ScanRules rules = root.has("rules") ? rules(root.get("rules")) : ScanRules.DEFAULT;
        List<ScenarioImage> images = new ArrayList<>();
        for (JsonNode image : array(root, "images", "scenario")) {
            images.add(image(image));
        }
        SyncRules sync = root.has("sync") ? sync(root.get("sync")) : SyncRules.DEFAULT;
        List<Registry> registries = new ArrayList<>();
        for (JsonNode registry : array(root, "registries", "scenario")) {
            registries.add(registry(registry));
        }
        return new ScenarioJson(rules, images, sync, registries);
    }

    /** One image in the scenario's format, e.g. the body of {@code POST /_sim/push}. */
    static ScenarioImage readImage(byte[] json) throws IOException {
        return image(new ObjectMapper().readTree(json));
    }

    private static SyncRules sync(JsonNode node) {
        requireKeys(node, SYNC_KEYS, "sync");
        SyncRules sync = SyncRules.DEFAULT;
        if (node.has("refresh_period")) {
            String period = text(node, "refresh_period", "sync");
            sync = sync.withRefreshPeriod(period.equals("off") ? null : DurationText.parse(period));
        }
        if (node.has("duration")) {
            sync = sync.withDuration(DurationText.parse(text(node, "duration", "sync")));
        }
        return sync;
    }

    private static Registry registry(JsonNode node) {
        requireKeys(node, REGISTRY_KEYS, "registry");
        String id = text(node, "id", "registry");
        String where = "registry " + id;
        return new Registry(id, text(node, "name", where),
                choice(node, "type", where, value -> RegistryType.fromWire(value).orElseThrow()),
                text(node, "address", where));
    }

    private static ScanRules rules(JsonNode node) {
        requireKeys(node, RULE_KEYS, "rules");
        ScanRules rules = ScanRules.DEFAULT;
        if (node.has("start_delay")) {
            rules = rules.withStartDelay(DurationText.parse(text(node, "start_delay", "rules")));
        }
        if (node.has("waiting_duration")) {
            rules = rules.withWaitingDuration(DurationText.parse(text(node, "waiting_duration", "rules")));
        }
        if (node.has("scan_duration")) {
            rules = rules.withScanDuration(DurationText.parse(text(node, "scan_duration", "rules")));
        }
        if (node.has("size_limit")) {
            rules = rules.withSizeLimit(number(node, "size_limit", "rules"));
        }
        if (node.has("name_matching")) {
            rules = rules.withNameMatching(choice(node, "name_matching", "rules",
                    value -> NameMatching.valueOf(value.toUpperCase(Locale.ROOT))));
        }
        if (node.has("scan_times")) {
            rules = rules.withScanTimes(scanTimes(node.get("scan_times")));
        }
        if (node.has("concurrent_scans")) {
            rules = rules.withConcurrentScans((int) number(node, "concurrent_scans", "rules"));
        }
        return rules;
    }

    /** Each key left out keeps {@link ScanTimes#realistic}'s value. */
    private static ScanTimes scanTimes(JsonNode node) {
        String where = "rules scan_times";
        requireKeys(node, SCAN_TIME_KEYS, where);
        ScanTimes times = ScanTimes.realistic(node.has("seed") ? number(node, "seed", where) : 1);
        Duration base = node.has("base") ? DurationText.parse(text(node, "base", where)) : times.base();
        Duration perGib = node.has("per_gib") ? DurationText.parse(text(node, "per_gib", where)) : times.perGib();
        JsonNode sigma = node.get("sigma");
        if (sigma != null && !sigma.isNumber()) {
            throw new IllegalArgumentException(where + ": 'sigma' must be a number");
        }
        return new ScanTimes(base, perGib, sigma == null ? times.sigma() : sigma.asDouble(), times.seed());
    }

    private static ScenarioImage image(JsonNode node) {
        requireKeys(node, IMAGE_KEYS, "image");
        String where = "image " + text(node, "image", "image");
        ScenarioImage.Builder image = ScenarioImage.builder(text(node, "image", where));
        ImageType type = ImageType.PRIVATE_IMAGE;
        if (node.has("image_type")) {
            type = choice(node, "image_type", where, value -> ImageType.fromWire(value).orElseThrow());
            image.type(type);
        }
        if (node.has("registry")) {
            image.registry(text(node, "registry", where), type);
        }
        if (node.has("pushed_at")) {
            image.pushedAt(instant(node, "pushed_at", where));
        }
        if (node.has("architectures")) {
            List<String> architectures = new ArrayList<>();
            array(node, "architectures", where).forEach(arch -> architectures.add(arch.asText()));
            image.multiArch(architectures.toArray(String[]::new));
        }
        for (JsonNode vul : array(node, "vulnerabilities", where)) {
            if (vul.has("handled") && flag(vul, "handled", where)) {
                image.handled(text(vul, "vul_id", where));
            }
        }
        if (node.has("size")) {
            image.size(number(node, "size", where));
        }
        if (node.has("updated_at")) {
            image.updatedAt(instant(node, "updated_at", where));
        }
        if (node.has("latest_version")) {
            image.latestVersion(flag(node, "latest_version", where));
        }
        image.vulnerabilities(vulnerabilities(node, where));
        image.unsafeSettings((int) optionalNumber(node, "unsafe_settings", where));
        image.maliciousFiles((int) optionalNumber(node, "malicious_files", where));
        if (node.has("outcomes")) {
            image.outcome(outcomes(node, where));
        }
        if (node.has("failure_reason")) {
            image.failureReason(text(node, "failure_reason", where));
        }
        if (node.has("scan_duration")) {
            image.scanDuration(DurationText.parse(text(node, "scan_duration", where)));
        }
        if (node.has("previous_scan")) {
            image.previousScan(previousScan(node.get("previous_scan"), where + " previous_scan"));
        }
        if (node.has("enterprise_project_id")) {
            image.enterpriseProject(text(node, "enterprise_project_id", where));
        }
        if (node.has("instance_id") || node.has("instance_name")) {
            image.instance(text(node, "instance_id", where), text(node, "instance_name", where));
        }
        if (node.has("shared_by")) {
            image.sharedBy(text(node, "shared_by", where));
        }
        return image.build();
    }

    private static PreviousScan previousScan(JsonNode node, String where) {
        requireKeys(node, PREVIOUS_KEYS, where);
        ScanOutcome outcome = node.has("outcome")
                ? choice(node, "outcome", where, value -> ScanOutcome.fromWire(value).orElseThrow())
                : ScanOutcome.SUCCESS;
        boolean ownFindings = node.has("vulnerabilities") || node.has("unsafe_settings") || node.has("malicious_files");
        Findings findings = ownFindings
                ? new Findings(vulnerabilities(node, where), (int) optionalNumber(node, "unsafe_settings", where),
                        (int) optionalNumber(node, "malicious_files", where))
                : null;
        return new PreviousScan(outcome, instant(node, "at", where), findings);
    }

    private static ScanOutcome[] outcomes(JsonNode node, String where) {
        List<ScanOutcome> outcomes = new ArrayList<>();
        for (JsonNode value : array(node, "outcomes", where)) {
            outcomes.add(ScanOutcome.fromWire(value.asText()).orElseThrow(() ->
                    new IllegalArgumentException(where + ": unknown outcome '" + value.asText() + "'")));
        }
        return outcomes.toArray(ScanOutcome[]::new);
    }

    private static List<Vulnerability> vulnerabilities(JsonNode node, String where) {
        List<Vulnerability> found = new ArrayList<>();
        if (!node.has("vulnerabilities")) {
            return found;
        }
        for (JsonNode vul : array(node, "vulnerabilities", where)) {
            requireKeys(vul, VULNERABILITY_KEYS, where + " vulnerability");
            String id = text(vul, "vul_id", where);
            RepairNecessity necessity = choice(vul, "repair_necessity", where + " " + id,
                    value -> RepairNecessity.fromWire(value).orElseThrow());
            Vulnerability base = Vulnerability.of(id, necessity, optionalText(vul, "app_name", "unknown"),
                    optionalText(vul, "version", "0"));
            found.add(new Vulnerability(id, necessity,
                    optionalText(vul, "description", base.description()),
                    optionalText(vul, "position", base.position()),
                    base.appName(), optionalText(vul, "app_path", null), base.version(),
                    optionalText(vul, "solution", base.solution()),
                    optionalText(vul, "url", base.url()),
                    optionalText(vul, "type", base.type()),
                    vul.has("severity_level") ? choice(vul, "severity_level", where + " " + id,
                            value -> SeverityLevel.fromWire(value).orElseThrow()) : null,
                    vul.has("cves") ? cves(vul, where + " " + id) : null));
        }
        return found;
    }

    private static List<Cve> cves(JsonNode vul, String where) {
        List<Cve> cves = new ArrayList<>();
        for (JsonNode cve : array(vul, "cves", where)) {
            requireKeys(cve, CVE_KEYS, where + " cve");
            JsonNode score = cve.get("cvss");
            if (score == null || !score.isNumber()) {
                throw new IllegalArgumentException(where + ": 'cvss' must be a number");
            }
            cves.add(new Cve(text(cve, "cve_id", where), score.asDouble()));
        }
        return cves;
    }

    private static void requireKeys(JsonNode node, Set<String> known, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + ": expected a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new IllegalArgumentException(where + ": unknown key '" + name + "' (known: " + known + ")");
            }
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": '" + name + "' must be an array");
        }
        return value;
    }

    private static String text(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isTextual()) {
            throw new IllegalArgumentException(where + ": '" + name + "' must be a string");
        }
        return value.asText();
    }

    private static String optionalText(JsonNode node, String name, String fallback) {
        return node.has(name) ? text(node, name, "vulnerability") : fallback;
    }

    private static long number(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException(where + ": '" + name + "' must be a whole number");
        }
        return value.asLong();
    }

    private static long optionalNumber(JsonNode node, String name, String where) {
        return node.has(name) ? number(node, name, where) : 0;
    }

    private static boolean flag(JsonNode node, String name, String where) {
        JsonNode value = node.get(name);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + ": '" + name + "' must be true or false");
        }
        return value.asBoolean();
    }

    private static Instant instant(JsonNode node, String name, String where) {
        return choice(node, name, where, Instant::parse);
    }

    private static <T> T choice(JsonNode node, String name, String where, Function<String, T> parse) {
        String value = text(node, name, where);
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(where + ": '" + name + "' has an unknown value '" + value + "'", e);
        }
    }
}
