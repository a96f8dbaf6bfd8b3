package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * The image selection of the list calls, of a batch scan with {@code operate_all} and of a scan
 * task with {@code is_all}. Every field is optional except the image type for the deprecated
 * calls (null: any type, for the newer ones); semantics are in docs/simulator.md ("Filters").
 */
record ImageFilter(
        ImageType imageType,
        NameMatching matching,
        String namespace,
        String imageName,
        String imageVersion,
        boolean latestVersionOnly,
        ScanStatus scanStatus,
        Long maxImageSize,
        TimeRange updated,
        TimeRange scanned,
        Boolean hasMaliciousFile,
        Boolean hasUnsafeSetting,
        Boolean hasVul,
        String instanceId,
        String instanceName,
        String enterpriseProjectId) {

    static final String ALL_ENTERPRISE_PROJECTS = "all_granted_eps";
    private static final long MAX_IMAGE_SIZE = 2_147_483_547L;

    /** Inclusive bounds in epoch milliseconds, either may be absent. */
    record TimeRange(Long from, Long to) {
        private static final long LATEST = 4_070_880_000_000L;

        static TimeRange read(RequestParameters parameters, String fromName, String toName) {
            return new TimeRange(parameters.number(fromName, 0, LATEST).orElse(null),
                    parameters.number(toName, 0, LATEST).orElse(null));
        }

        boolean isOpen() {
            return from == null && to == null;
        }

        boolean contains(Instant instant) {
            return contains(instant.toEpochMilli());
        }

        boolean contains(long millis) {
            return (from == null || millis >= from) && (to == null || millis <= to);
        }
    }

    /**
     * Reads every filter field present in {@code parameters}; a batch scan passes a view of its
     * body restricted to the fields that body documents.
     */
    static ImageFilter read(RequestParameters parameters, ImageType type, String enterpriseProjectId,
                            NameMatching matching) {
        return new ImageFilter(type, matching,
                parameters.text("namespace").orElse(null),
                parameters.text("image_name").orElse(null),
                parameters.text("image_version").orElse(null),
                parameters.flag("latest_version").orElse(false),
                parameters.choice("scan_status", ScanStatus::fromWire).orElse(null),
                parameters.number("image_size", 0, MAX_IMAGE_SIZE).orElse(null),
                TimeRange.read(parameters, "start_latest_update_time", "end_latest_update_time"),
                TimeRange.read(parameters, "start_latest_scan_time", "end_latest_scan_time"),
                parameters.flag("has_malicious_file").orElse(null),
                parameters.flag("has_unsafe_setting").orElse(null),
                parameters.flag("has_vul").orElse(null),
                parameters.text("instance_id").orElse(null),
                parameters.text("instance_name").orElse(null),
                enterpriseProjectId);
    }

    boolean matches(ImageRecord record, ScanView view) {
        ScenarioImage image = record.image();
        return (imageType == null || image.type() == imageType)
                && inEnterpriseProject(image)
                && nameMatches(image.ref())
                && (!latestVersionOnly || image.latestVersion())
                && (scanStatus == null || view.status() == scanStatus)
                && (maxImageSize == null || image.size() <= maxImageSize)
                && (updated.isOpen() || updated.contains(image.updatedAt()))
                && scanTimeMatches(view.scannedAt() == null ? ScanHistory.NEVER : view.scannedAt().toEpochMilli())
                && findingsMatch(view.findings())
                && (instanceId == null || instanceId.equals(image.instanceId()))
                && (instanceName == null || instanceName.equals(image.instanceName()));
    }

    /** @param scannedAtMillis {@link ScanHistory#NEVER} for an image never scanned, which no range selects */
    boolean scanTimeMatches(long scannedAtMillis) {
        return scanned.isOpen() || scannedAtMillis != ScanHistory.NEVER && scanned.contains(scannedAtMillis);
    }

    private boolean inEnterpriseProject(ScenarioImage image) {
        String wanted = enterpriseProjectId == null ? "0" : enterpriseProjectId;
        return wanted.equals(ALL_ENTERPRISE_PROJECTS) || wanted.equals(image.enterpriseProjectId());
    }

    private boolean nameMatches(ImageRef ref) {
        return (namespace == null || matching.matches(ref.namespace(), namespace))
                && (imageName == null || matching.matches(ref.name(), imageName))
                && (imageVersion == null || matching.matches(ref.tag(), imageVersion));
    }

    private boolean findingsMatch(Findings findings) {
        return (hasMaliciousFile == null || hasMaliciousFile == (findings.maliciousFiles() > 0))
                && (hasUnsafeSetting == null || hasUnsafeSetting == (findings.unsafeSettings() > 0))
                && (hasVul == null || hasVul == !findings.vulnerabilities().isEmpty());
    }
}
