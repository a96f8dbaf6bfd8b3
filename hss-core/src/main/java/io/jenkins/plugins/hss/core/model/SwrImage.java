package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;

/**
 * One image of the SWR repository as HSS reports it ({@code PrivateImageRepositoryInfo} of
 * {@code GET /v5/{project_id}/image/swr-repository}). Fields the service left out are null.
 * Times are epoch milliseconds, sizes bytes.
 *
 * @param severityLevel the image's risk (High, Medium, Low or Security), which only the newer
 *                      image API's rows give ({@link RegistryImage#severityLevel()}); never read
 *                      from swr-repository, whose rows have no such field: null there
 * @param registryId    the {@code registry_id} of the newer image API's rows, which tells a Harbor
 *                      or JFrog image from a same-named one of another registry; null on swr-repository
 * @param registryName  their {@code registry_name}; null on swr-repository
 */
public record SwrImage(
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
        List<AssociatedImage> associationImages,
        @JsonIgnore String severityLevel,
        @JsonIgnore String registryId,
        @JsonIgnore String registryName) {

    public SwrImage {
        associationImages = associationImages == null ? List.of() : List.copyOf(associationImages);
    }

    /** A row of swr-repository, which tells no severity and no registry. */
    public SwrImage(Long id, String namespace, String imageName, String imageId, String imageDigest,
                    String imageVersion, String imageType, Boolean latestVersion, String scanStatus,
                    String scanFailedDesc, Long imageSize, Long latestUpdateTime, Long latestScanTime, Integer vulNum,
                    Integer unsafeSettingNum, Integer maliciousFileNum, String domainName, String sharedStatus,
                    Boolean scannable, String instanceName, String instanceId, String instanceUrl,
                    List<AssociatedImage> associationImages) {
        this(id, namespace, imageName, imageId, imageDigest, imageVersion, imageType, latestVersion, scanStatus,
                scanFailedDesc, imageSize, latestUpdateTime, latestScanTime, vulNum, unsafeSettingNum, maliciousFileNum,
                domainName, sharedStatus, scannable, instanceName, instanceId, instanceUrl, associationImages, null, null, null);
    }

    /** The status as a known value; empty for a value this version does not know. */
    public Optional<ScanStatus> status() {
        return ScanStatus.fromWire(scanStatus);
    }

    /** A multi-architecture image associated with this one ({@code AssociateImages}). */
    public record AssociatedImage(
            String imageName,
            String imageVersion,
            String imageType,
            String namespace,
            String imageDigest,
            String scanStatus) {
    }
}
