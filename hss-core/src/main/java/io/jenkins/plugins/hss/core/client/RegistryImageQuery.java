package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.RegistryImageType;
import io.jenkins.plugins.hss.core.model.RequestCheck;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SeverityLevel;
import io.jenkins.plugins.hss.core.model.TimeRange;
import io.jenkins.plugins.hss.core.model.WireValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The filters and order of the registry image list (ListRegistryImages, SDK 3.1.212
 * {@code ListRegistryImagesRequest}); offset and limit are given per call. Null means no filter;
 * times are epoch milliseconds, sizes bytes.
 *
 * @param imageType           null: the images of every registry
 * @param latestScanTimeOrder the order of {@code sort_key=latest_scan_time}; null: HSS's own order
 * @param risky               images with a vulnerability, a failed baseline check or a malicious file
 * @param isMultarch          multi-architecture images (the API's spelling)
 */
public record RegistryImageQuery(
        RegistryImageType imageType,
        String namespace,
        String imageName,
        String imageVersion,
        String registryName,
        SortDirection latestScanTimeOrder,
        Boolean latestVersion,
        Long imageSize,
        ScanStatus scanStatus,
        TimeRange latestUpdateTime,
        TimeRange latestScanTime,
        TimeRange latestSyncTime,
        Boolean hasMaliciousFile,
        Boolean hasUnsafeSetting,
        Boolean hasVul,
        Boolean risky,
        String instanceId,
        String instanceName,
        Boolean isMultarch,
        SeverityLevel severityLevel,
        String enterpriseProjectId) {

    static final String API = "ListRegistryImages";
    /** The statuses the docs list for this filter (rows show {@code download_failed} and {@code image_oversized} too). */
    static final Set<ScanStatus> SCAN_STATUSES = EnumSet.of(ScanStatus.UNSCAN, ScanStatus.SUCCESS, ScanStatus.SCANNING,
            ScanStatus.FAILED, ScanStatus.WAITING_FOR_SCAN);
    private static final long MAX_IMAGE_SIZE = 2_147_483_547L;

    /** {@code sort_dir}. */
    public enum SortDirection implements WireValue {
        ASC,
        DESC;

        @Override
        public String wireName() {
            return WireValue.snakeCase(this);
        }
    }

    /** @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException naming every field HSS would refuse */
    public RegistryImageQuery {
        namespace = RequestCheck.blankToNull(namespace);
        imageName = RequestCheck.blankToNull(imageName);
        imageVersion = RequestCheck.blankToNull(imageVersion);
        registryName = RequestCheck.blankToNull(registryName);
        instanceId = RequestCheck.blankToNull(instanceId);
        instanceName = RequestCheck.blankToNull(instanceName);
        enterpriseProjectId = RequestCheck.blankToNull(enterpriseProjectId);
        latestUpdateTime = latestUpdateTime == null ? TimeRange.OPEN : latestUpdateTime;
        latestScanTime = latestScanTime == null ? TimeRange.OPEN : latestScanTime;
        latestSyncTime = latestSyncTime == null ? TimeRange.OPEN : latestSyncTime;
        new RequestCheck(API).length("namespace", namespace, 128).length("image_name", imageName, 128)
                .length("image_version", imageVersion, 64).length("registry_name", registryName, 128)
                .length("instance_id", instanceId, 128).length("instance_name", instanceName, 128)
                .length("enterprise_project_id", enterpriseProjectId, 256)
                .range("image_size", imageSize, 0, MAX_IMAGE_SIZE)
                .oneOf("scan_status", scanStatus, SCAN_STATUSES)
                .oneOf("severity_level", severityLevel, SeverityLevel.IMAGE_LEVELS)
                .range("start_latest_update_time", latestUpdateTime.start(), "end_latest_update_time",
                        latestUpdateTime.end())
                .range("start_latest_scan_time", latestScanTime.start(), "end_latest_scan_time", latestScanTime.end())
                .range("start_latest_sync_time", latestSyncTime.start(), "end_latest_sync_time", latestSyncTime.end())
                .orThrow();
    }

    /** Every registry image, in HSS's order. */
    public static Builder builder() {
        return new Builder();
    }

    /** The query string of one page, in the SDK's declaration order. */
    public List<QueryParameters.Parameter> parameters(int offset, int limit) {
        return new QueryParameters()
                .add("enterprise_project_id", enterpriseProjectId).add("namespace", namespace)
                .add("image_name", imageName).add("image_version", imageVersion).add("registry_name", registryName)
                .add("offset", offset).add("image_type", imageType)
                .add("sort_key", latestScanTimeOrder == null ? null : "latest_scan_time")
                .add("sort_dir", latestScanTimeOrder).add("limit", limit).add("latest_version", latestVersion)
                .add("image_size", imageSize).add("scan_status", scanStatus)
                .add("start_latest_update_time", latestUpdateTime.start())
                .add("end_latest_update_time", latestUpdateTime.end())
                .add("start_latest_scan_time", latestScanTime.start()).add("end_latest_scan_time", latestScanTime.end())
                .add("start_latest_sync_time", latestSyncTime.start()).add("end_latest_sync_time", latestSyncTime.end())
                .add("has_malicious_file", hasMaliciousFile).add("has_unsafe_setting", hasUnsafeSetting)
                .add("has_vul", hasVul).add("risky", risky).add("instance_id", instanceId)
                .add("instance_name", instanceName).add("is_multarch", isMultarch).add("severity_level", severityLevel)
                .list();
    }

    public static final class Builder {
        private RegistryImageType imageType;
        private String namespace;
        private String imageName;
        private String imageVersion;
        private String registryName;
        private SortDirection latestScanTimeOrder;
        private Boolean latestVersion;
        private Long imageSize;
        private ScanStatus scanStatus;
        private TimeRange latestUpdateTime = TimeRange.OPEN;
        private TimeRange latestScanTime = TimeRange.OPEN;
        private TimeRange latestSyncTime = TimeRange.OPEN;
        private Boolean hasMaliciousFile;
        private Boolean hasUnsafeSetting;
        private Boolean hasVul;
        private Boolean risky;
        private String instanceId;
        private String instanceName;
        private Boolean isMultarch;
        private SeverityLevel severityLevel;
        private String enterpriseProjectId;

        private Builder() {
        }

        public Builder imageType(RegistryImageType value) {
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

        /** Exact. */
        public Builder registryName(String value) {
            registryName = value;
            return this;
        }

        /** Rows by {@code latest_scan_time}, in this direction. */
        public Builder latestScanTimeOrder(SortDirection value) {
            latestScanTimeOrder = value;
            return this;
        }

        public Builder latestVersion(Boolean value) {
            latestVersion = value;
            return this;
        }

        public Builder imageSize(Long value) {
            imageSize = value;
            return this;
        }

        public Builder scanStatus(ScanStatus value) {
            scanStatus = value;
            return this;
        }

        public Builder latestUpdateTime(TimeRange value) {
            latestUpdateTime = value;
            return this;
        }

        public Builder latestScanTime(TimeRange value) {
            latestScanTime = value;
            return this;
        }

        public Builder latestSyncTime(TimeRange value) {
            latestSyncTime = value;
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

        public Builder risky(Boolean value) {
            risky = value;
            return this;
        }

        public Builder instanceId(String value) {
            instanceId = value;
            return this;
        }

        public Builder instanceName(String value) {
            instanceName = value;
            return this;
        }

        public Builder isMultarch(Boolean value) {
            isMultarch = value;
            return this;
        }

        /** High, Medium, Low or Security. */
        public Builder severityLevel(SeverityLevel value) {
            severityLevel = value;
            return this;
        }

        public Builder enterpriseProjectId(String value) {
            enterpriseProjectId = value;
            return this;
        }

        public RegistryImageQuery build() {
            return new RegistryImageQuery(imageType, namespace, imageName, imageVersion, registryName,
                    latestScanTimeOrder, latestVersion, imageSize, scanStatus, latestUpdateTime, latestScanTime,
                    latestSyncTime, hasMaliciousFile, hasUnsafeSetting, hasVul, risky, instanceId, instanceName,
                    isMultarch, severityLevel, enterpriseProjectId);
        }
    }
}
