package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import java.util.List;
import java.util.Objects;

/**
 * The filters of the SWR image list ({@code ListSwrImageRepository}); offset and limit are given
 * per call. Times are epoch milliseconds; null means "no filter". {@code registryName} is a filter
 * of the newer image list only (ListRegistryImages' {@code registry_name}), for the images of a
 * Harbor or JFrog registry; swr-repository has no such filter, and no query for it sets one.
 */
public record SwrImageQuery(
        ImageType imageType,
        String namespace,
        String imageName,
        String imageVersion,
        Boolean latestVersion,
        ScanStatus scanStatus,
        String instanceName,
        Long imageSize,
        Long startLatestUpdateTime,
        Long endLatestUpdateTime,
        Long startLatestScanTime,
        Long endLatestScanTime,
        Boolean hasMaliciousFile,
        Boolean hasUnsafeSetting,
        Boolean hasVul,
        String instanceId,
        String enterpriseProjectId,
        String registryName) {

    public SwrImageQuery {
        Objects.requireNonNull(imageType, "imageType");
    }

    public static Builder builder(ImageType imageType) {
        return new Builder(imageType);
    }

    /** The images a filter-based batch scan ({@code operate_all=true}) selects. */
    public static SwrImageQuery selecting(BatchScanRequest request) {
        return builder(request.imageType())
                .namespace(request.namespace()).imageName(request.imageName()).imageVersion(request.imageVersion())
                .latestVersion(request.latestVersion()).scanStatus(request.scanStatus()).imageSize(request.imageSize())
                .startLatestUpdateTime(request.startLatestUpdateTime()).endLatestUpdateTime(request.endLatestUpdateTime())
                .startLatestScanTime(request.startLatestScanTime()).endLatestScanTime(request.endLatestScanTime())
                .enterpriseProjectId(request.enterpriseProjectId())
                .build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The query string of one page, in the SDK's declaration order. */
    public List<QueryParameters.Parameter> parameters(int offset, int limit) {
        return new QueryParameters()
                .add("enterprise_project_id", enterpriseProjectId).add("namespace", namespace)
                .add("image_name", imageName).add("image_version", imageVersion).add("latest_version", latestVersion)
                .add("offset", offset).add("limit", limit).add("image_type", imageType).add("scan_status", scanStatus)
                .add("instance_name", instanceName).add("image_size", imageSize)
                .add("start_latest_update_time", startLatestUpdateTime).add("end_latest_update_time", endLatestUpdateTime)
                .add("start_latest_scan_time", startLatestScanTime).add("end_latest_scan_time", endLatestScanTime)
                .add("has_malicious_file", hasMaliciousFile).add("has_unsafe_setting", hasUnsafeSetting)
                .add("has_vul", hasVul).add("instance_id", instanceId)
                .list();
    }

    public static final class Builder {
        private ImageType imageType;
        private String namespace;
        private String imageName;
        private String imageVersion;
        private Boolean latestVersion;
        private ScanStatus scanStatus;
        private String instanceName;
        private Long imageSize;
        private Long startLatestUpdateTime;
        private Long endLatestUpdateTime;
        private Long startLatestScanTime;
        private Long endLatestScanTime;
        private Boolean hasMaliciousFile;
        private Boolean hasUnsafeSetting;
        private Boolean hasVul;
        private String instanceId;
        private String enterpriseProjectId;
        private String registryName;

        private Builder(ImageType imageType) {
            this.imageType = imageType;
        }

        private Builder(SwrImageQuery q) {
            this(q.imageType);
            namespace = q.namespace;
            imageName = q.imageName;
            imageVersion = q.imageVersion;
            latestVersion = q.latestVersion;
            scanStatus = q.scanStatus;
            instanceName = q.instanceName;
            imageSize = q.imageSize;
            startLatestUpdateTime = q.startLatestUpdateTime;
            endLatestUpdateTime = q.endLatestUpdateTime;
            startLatestScanTime = q.startLatestScanTime;
            endLatestScanTime = q.endLatestScanTime;
            hasMaliciousFile = q.hasMaliciousFile;
            hasUnsafeSetting = q.hasUnsafeSetting;
            hasVul = q.hasVul;
            instanceId = q.instanceId;
            enterpriseProjectId = q.enterpriseProjectId;
            registryName = q.registryName;
        }

        public Builder imageType(ImageType value) {
            imageType = value;
            return this;
        }

        public Builder namespace(String value) {
            namespace = value;
            return this;
        }

        public Builder imageName(String value) {
            imageName = value;
            return this;
        }

        public Builder imageVersion(String value) {
            imageVersion = value;
            return this;
        }

        public Builder latestVersion(Boolean value) {
            latestVersion = value;
            return this;
        }

        public Builder scanStatus(ScanStatus value) {
            scanStatus = value;
            return this;
        }

        public Builder instanceName(String value) {
            instanceName = value;
            return this;
        }

        public Builder imageSize(Long value) {
            imageSize = value;
            return this;
        }

        public Builder startLatestUpdateTime(Long value) {
            startLatestUpdateTime = value;
            return this;
        }

        public Builder endLatestUpdateTime(Long value) {
            endLatestUpdateTime = value;
            return this;
        }

        public Builder startLatestScanTime(Long value) {
            startLatestScanTime = value;
            return this;
        }

        public Builder endLatestScanTime(Long value) {
            endLatestScanTime = value;
            return this;
        }

        public Builder hasMaliciousFile(Boolean value) {
            hasMaliciousFile = value;
            return this;
        }

        public Builder hasUnsafeSetting(Boolean value) {
            hasUnsafeSetting = value;
            return this;
        }

        public Builder hasVul(Boolean value) {
            hasVul = value;
            return this;
        }

        public Builder instanceId(String value) {
            instanceId = value;
            return this;
        }

        /** ListRegistryImages' {@code registry_name}: the newer image list only. */
        public Builder registryName(String value) {
            registryName = value;
            return this;
        }

        public Builder enterpriseProjectId(String value) {
            enterpriseProjectId = value;
            return this;
        }

        public SwrImageQuery build() {
            return new SwrImageQuery(imageType, namespace, imageName, imageVersion, latestVersion, scanStatus,
                    instanceName, imageSize, startLatestUpdateTime, endLatestUpdateTime, startLatestScanTime,
                    endLatestScanTime, hasMaliciousFile, hasUnsafeSetting, hasVul, instanceId, enterpriseProjectId,
                    registryName);
        }
    }
}
