package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /v5/{project_id}/image/baseline/risk-configs} (ListImageRiskConfigs, SDK 3.1.212): one
 * baseline summary per image scanned at least once (after a failed scan: no failed check): the
 * simulated "EulerOS" baseline of the cloud security practice standard, 30 checks of which the
 * image's {@code unsafe_settings} failed.
 * As the SDK documents, an {@code image_type}, {@code severity} or {@code standard} outside its
 * range gives an empty result, not an error; {@code image_id} overrides name and version.
 */
final class ImageRiskConfigApi implements Api {

    static final String CHECK_NAME = "EulerOS";
    private static final int CHECKS = 30;
    private static final Map<String, Set<ImageType>> TYPES = Map.of(
            "private_image", Set.of(ImageType.PRIVATE_IMAGE), "shared_image", Set.of(ImageType.SHARED_IMAGE),
            "local_image", Set.of(ImageType.LOCAL_IMAGE), "instance_image", Set.of(ImageType.INSTANCE_IMAGE),
            "registry", RegistryImageListApi.REGISTRY_TYPES, "local", Set.of(ImageType.LOCAL_IMAGE));
    private static final Set<String> SEVERITIES = Set.of("Security", "Low", "Medium", "High");
    private static final Set<String> STANDARDS = Set.of("cn_standard", "hw_standard");
    private static final FieldLimits LIMITS = FieldLimits.ENTERPRISE_PROJECT.and(FieldLimits.of("image_id", 128));

    /** One {@code ImageRiskConfigsInfoResponseInfo}. */
    record RiskConfigRow(String severity, String checkName, String checkType, String standard, Integer checkRuleNum,
                         Integer failedRuleNum, String checkTypeDesc) {
    }

    private final ImageCatalog catalog;
    private final Clock clock;
    private final NameMatching matching;

    ImageRiskConfigApi(ImageCatalog catalog, Clock clock, NameMatching matching) {
        this.catalog = catalog;
        this.clock = clock;
        this.matching = matching;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        String typeName = query.requiredText("image_type");
        LIMITS.check(query);
        int offset = query.offset();
        int limit = query.limit();
        Set<ImageType> types = TYPES.getOrDefault(typeName, Set.of());
        String severity = query.text("severity").orElse(null);
        String standard = query.text("standard").orElse(null);
        String checkName = query.text("check_name").orElse(null);
        boolean outOfRange = severity != null && !SEVERITIES.contains(severity)
                || standard != null && !STANDARDS.contains(standard);
        String imageId = query.text("image_id").orElse(null);
        String namespace = query.text("namespace").orElse(null);
        String imageName = query.text("image_name").orElse(null);
        String imageVersion = imageName == null ? null : query.text("image_version").orElse(null);
        String instanceId = query.text("instance_id").orElse(null);
        Instant now = clock.instant();
        List<RiskConfigRow> rows = outOfRange ? List.of() : catalog.listed(now).stream()
                .filter(record -> types.contains(record.image().type()))
                .filter(record -> imageId != null ? record.imageId().equals(imageId)
                        : (namespace == null || record.image().ref().namespace().equals(namespace))
                        && (imageName == null || matching.matches(record.image().ref().name(), imageName))
                        && (imageVersion == null || record.image().ref().tag().equals(imageVersion)))
                .filter(record -> instanceId == null || instanceId.equals(record.image().instanceId()))
                .map(record -> record.viewAt(now))
                .filter(view -> view.scannedAt() != null)
                .map(view -> row(view.findings().unsafeSettings()))
                .filter(row -> (severity == null || severity.equals(row.severity()))
                        && (standard == null || standard.equals(row.standard()))
                        && (checkName == null || checkName.equals(row.checkName())))
                .toList();
        return SimResponse.json(200, Page.of(rows, offset, limit, row -> row));
    }

    private static RiskConfigRow row(int failed) {
        String severity = failed == 0 ? "Security" : failed < 3 ? "Low" : failed < 6 ? "Medium" : "High";
        return new RiskConfigRow(severity, CHECK_NAME, CHECK_NAME, "hw_standard", Math.max(CHECKS, failed), failed,
                "EulerOS security configuration baseline (simulated)");
    }
}
