package io.jenkins.plugins.hss.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One image of a registry HSS knows, as ListRegistryImages reports it ({@code RegistryImagesInfo},
 * SDK 3.1.212): the older list's row ({@link SwrImage}) plus its registry, {@code scan_failed_code},
 * {@code latest_sync_time}, {@code is_multiple_arch} and {@code severity_level}. Fields the service
 * left out are null; enumerations stay text, so that a value this version does not know reaches
 * the gate. Times are epoch milliseconds, sizes bytes.
 *
 * @param id            the record's id: what a scan task's {@code image_info.id} and its
 *                      {@code failed_images[].id} name
 * @param severityLevel the image's risk once a scan has ended: High, Medium, Low or Security
 */
public record RegistryImage(
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
        List<AssociatedImage> associationImages) {

    public RegistryImage {
        associationImages = associationImages == null ? List.of() : List.copyOf(associationImages);
    }

    /** The status as a known value; empty for a value this version does not know. */
    public Optional<ScanStatus> status() {
        return ScanStatus.fromWire(scanStatus);
    }

    /** The image's risk as a known level; empty before a scan ended or for a value this version does not know. */
    public Optional<SeverityLevel> severity() {
        return WireValue.fromWire(SeverityLevel.class, severityLevel);
    }

    /** An image of the same multi-architecture image ({@code AssociateImagesInfo}, SDK 3.1.212). */
    public record AssociatedImage(
            Long id,
            String imageId,
            String imageName,
            String imageVersion,
            String imageType,
            String namespace,
            String imageDigest,
            String scanStatus,
            Integer vulNum,
            Integer unsafeSettingNum,
            Integer maliciousFileNum) {
    }
}
