package io.jenkins.plugins.hss.simulator;

import java.util.List;

/**
 * One {@code PrivateImageRepositoryInfo} of the list call. Field order follows the SDK model; null
 * fields are omitted on the wire. {@code latest_scan_time} of an image never scanned follows
 * {@link NeverScannedTime}; {@code association_images} is left out for single-arch images.
 */
record ImageRow(
        Long id,
        String namespace,
        String imageName,
        String imageId,
        String imageDigest,
        String imageVersion,
        String imageType,
        Boolean latestVersion,
        String scanStatus,
        String scanFailedDesc,
        Long imageSize,
        Long latestUpdateTime,
        Long latestScanTime,
        Integer vulNum,
        Integer unsafeSettingNum,
        Integer maliciousFileNum,
        String domainName,
        String sharedStatus,
        Boolean scannable,
        String instanceName,
        String instanceId,
        String instanceUrl,
        List<AssociatedImageRow> associationImages) {

    static ImageRow of(ImageCatalog.Match match, NeverScannedTime neverScanned) {
        ImageRecord record = match.record();
        ScenarioImage image = record.image();
        ScanView view = match.view();
        boolean shared = image.type() == ImageType.SHARED_IMAGE;
        return new ImageRow(record.id(), image.ref().namespace(), image.ref().name(), record.imageId(),
                record.digest(), image.ref().tag(), image.type().wireName(), image.latestVersion(),
                view.status().wireName(), view.failureReason(), image.size(), image.updatedAt().toEpochMilli(),
                neverScanned.of(view.scannedAt()),
                view.findings().vulnerabilities().size(), view.findings().unsafeSettings(),
                view.findings().maliciousFiles(),
                image.domainName(), shared ? "effective" : null, Boolean.TRUE,
                image.instanceName(), image.instanceId(),
                record.instanceUrl(), AssociatedImageRow.of(match, false));
    }
}
