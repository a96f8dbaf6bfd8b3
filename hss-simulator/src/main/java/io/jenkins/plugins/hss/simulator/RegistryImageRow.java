package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.List;

/**
 * One {@code RegistryImagesInfo} of ListRegistryImages, fields in the SDK 3.1.212 model's order:
 * the old list's row plus {@code registry_id}, {@code registry_name}, {@code registry_type},
 * {@code scan_failed_code}, {@code latest_sync_time}, {@code is_multiple_arch} and
 * {@code severity_level}; null fields are omitted on the wire.
 */
record RegistryImageRow(
        Long id,
        String namespace,
        String imageName,
        String imageId,
        String imageDigest,
        String imageVersion,
        String imageType,
        String registryId,
        String registryName,
        String registryType,
        Boolean latestVersion,
        String scanStatus,
        String scanFailedDesc,
        String scanFailedCode,
        Long imageSize,
        Long latestUpdateTime,
        Long latestScanTime,
        Long latestSyncTime,
        Integer vulNum,
        Integer unsafeSettingNum,
        Integer maliciousFileNum,
        String domainName,
        String sharedStatus,
        Boolean scannable,
        Boolean isMultipleArch,
        String instanceName,
        String instanceId,
        String instanceUrl,
        String severityLevel,
        List<AssociatedImageRow> associationImages) {

    static RegistryImageRow of(ImageCatalog.Match match, Registry registry, Instant latestSync,
                               NeverScannedTime neverScanned) {
        ImageRow old = ImageRow.of(match, neverScanned);
        ScenarioImage image = match.record().image();
        return new RegistryImageRow(old.id(), old.namespace(), old.imageName(), old.imageId(), old.imageDigest(),
                old.imageVersion(), old.imageType(), registry.id(), registry.name(), registry.type().wireName(),
                old.latestVersion(), old.scanStatus(), old.scanFailedDesc(), old.scanFailedDesc(), old.imageSize(),
                old.latestUpdateTime(), old.latestScanTime(), latestSync.toEpochMilli(), old.vulNum(),
                old.unsafeSettingNum(), old.maliciousFileNum(), old.domainName(), old.sharedStatus(), old.scannable(),
                !image.details().architectures().isEmpty(), old.instanceName(), old.instanceId(), old.instanceUrl(),
                severityLevel(match.view()), AssociatedImageRow.of(match, true));
    }

    /**
     * The image's risk, "shown after a scan completes" (SDK 3.1.212): absent until a scan
     * succeeded; High with malicious files, otherwise the level of its worst vulnerability
     * (Critical counts as High: the image scale stops there); Security with no finding of either
     * kind. How HSS weighs baseline failures is not documented; they do not count here.
     */
    static String severityLevel(ScanView view) {
        if (view.status() != ScanStatus.SUCCESS) {
            return null;
        }
        Findings findings = view.findings();
        if (findings.maliciousFiles() > 0) {
            return SeverityLevel.HIGH.wireName();
        }
        return findings.vulnerabilities().stream().map(Vulnerability::severity)
                .min(Enum::compareTo)
                .map(level -> level == SeverityLevel.CRITICAL ? SeverityLevel.HIGH : level)
                .map(SeverityLevel::wireName)
                .orElse("Security");
    }
}
