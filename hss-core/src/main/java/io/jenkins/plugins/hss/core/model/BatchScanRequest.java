package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * A validated batch-scan call: the body of {@code POST /v5/{project_id}/image/batch-scan}
 * ({@code BatchScanPrivateImageRequestInfo}, fields in the SDK's order, unset fields omitted) and
 * the project it is sent for. Made by {@link ScanSettings#toRequest()}. On the newer image API it
 * is translated into a scan task, whose targets also carry the {@code registry} the run resolved
 * (null until then, and for SWR images chosen by {@code image_type} alone).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"repo_type", "image_info_list", "operate_all", "namespace", "image_name", "image_version",
    "image_type", "scan_status", "latest_version", "image_size", "start_latest_update_time",
    "end_latest_update_time", "start_latest_scan_time", "end_latest_scan_time"})
public record BatchScanRequest(
        String repoType,
        List<ImageRef> imageInfoList,
        Boolean operateAll,
        String namespace,
        String imageName,
        String imageVersion,
        ImageType imageType,
        ScanStatus scanStatus,
        Boolean latestVersion,
        Long imageSize,
        Long startLatestUpdateTime,
        Long endLatestUpdateTime,
        Long startLatestScanTime,
        Long endLatestScanTime,
        @JsonIgnore String projectId,
        @JsonIgnore String enterpriseProjectId,
        @JsonIgnore ChosenRegistry registry) {

    public BatchScanRequest {
        Objects.requireNonNull(imageType, "imageType");
        Objects.requireNonNull(projectId, "projectId");
        imageInfoList = imageInfoList == null || imageInfoList.isEmpty() ? null : List.copyOf(imageInfoList);
    }

    /** The listed images; empty when the request selects by filter ({@code operate_all}). */
    @JsonIgnore
    public List<ImageRef> images() {
        return imageInfoList == null ? List.of() : imageInfoList;
    }

    /** This call with {@code list} as its image list (none, when empty), all else the same. */
    public BatchScanRequest withImages(List<ImageRef> list) {
        return new BatchScanRequest(repoType, list, operateAll, namespace, imageName, imageVersion, imageType,
                scanStatus, latestVersion, imageSize, startLatestUpdateTime, endLatestUpdateTime, startLatestScanTime,
                endLatestScanTime, projectId, enterpriseProjectId, registry);
    }

    /** This call for the images of {@code chosen}, the registry the settings' {@code registry} resolved to. */
    public BatchScanRequest withRegistry(ChosenRegistry chosen) {
        return new BatchScanRequest(repoType, imageInfoList, operateAll, namespace, imageName, imageVersion, imageType,
                scanStatus, latestVersion, imageSize, startLatestUpdateTime, endLatestUpdateTime, startLatestScanTime,
                endLatestScanTime, projectId, enterpriseProjectId, chosen);
    }

    /** Whether the request scans every image its filter fields select instead of a list. */
    @JsonIgnore
    public boolean selectsByFilter() {
        return Boolean.TRUE.equals(operateAll);
    }

    /** The exact body bytes (UTF-8 JSON) to send and to sign. */
    public byte[] toJson() {
        return WireJson.bytes(this);
    }
}
