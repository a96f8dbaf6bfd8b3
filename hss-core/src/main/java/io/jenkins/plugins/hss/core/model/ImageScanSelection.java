package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The registry images a scan task with {@code is_all=true} scans: its {@code query_info}
 * ({@code CreateManualImageScanTaskReqInfoQueryInfo}, SDK 3.1.212, fields in its order). Only the
 * fields of registry images: the host, container and pod fields select images on hosts, which this
 * product does not scan. Null means no filter; times are epoch milliseconds, sizes bytes.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"has_vul", "namespace", "image_name", "image_version", "image_type", "scan_status", "image_size",
    "start_latest_update_time", "end_latest_update_time", "start_latest_scan_time", "end_latest_scan_time"})
public record ImageScanSelection(
        Boolean hasVul,
        String namespace,
        String imageName,
        String imageVersion,
        RegistryImageType imageType,
        ScanStatus scanStatus,
        Long imageSize,
        Long startLatestUpdateTime,
        Long endLatestUpdateTime,
        Long startLatestScanTime,
        Long endLatestScanTime) {

    /** The statuses the docs list for {@code query_info.scan_status}: not {@code waiting_for_scan}. */
    static final Set<ScanStatus> SCAN_STATUSES = EnumSet.complementOf(EnumSet.of(ScanStatus.WAITING_FOR_SCAN));
    private static final int MAX_TEXT = 256;

    public ImageScanSelection {
        namespace = RequestCheck.blankToNull(namespace);
        imageName = RequestCheck.blankToNull(imageName);
        imageVersion = RequestCheck.blankToNull(imageVersion);
    }

    /** Every registry image (no filter). */
    public static ImageScanSelection all() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What is wrong with this selection, which stands in the request as {@code field}. */
    List<SettingsProblem> problems(String field) {
        RequestCheck check = new RequestCheck(ImageScanTaskRequest.API)
                .length(field + ".namespace", namespace, MAX_TEXT).length(field + ".image_name", imageName, MAX_TEXT)
                .length(field + ".image_version", imageVersion, MAX_TEXT)
                .range(field + ".image_size", imageSize, 0, Long.MAX_VALUE)
                .range(field + ".start_latest_update_time", startLatestUpdateTime, field + ".end_latest_update_time",
                        endLatestUpdateTime)
                .range(field + ".start_latest_scan_time", startLatestScanTime, field + ".end_latest_scan_time",
                        endLatestScanTime);
        return check.oneOf(field + ".scan_status", scanStatus, SCAN_STATUSES).problems();
    }

    public static final class Builder {
        private Boolean hasVul;
        private String namespace;
        private String imageName;
        private String imageVersion;
        private RegistryImageType imageType;
        private ScanStatus scanStatus;
        private Long imageSize;
        private TimeRange latestUpdateTime = TimeRange.OPEN;
        private TimeRange latestScanTime = TimeRange.OPEN;

        private Builder() {
        }

        public Builder hasVul(Boolean value) {
            hasVul = value;
            return this;
        }

        /** Organization. */
        public Builder namespace(String value) {
            namespace = value;
            return this;
        }

        public Builder imageName(String value) {
            imageName = value;
            return this;
        }

        /** Tag. */
        public Builder imageVersion(String value) {
            imageVersion = value;
            return this;
        }

        /** Absent: the images of every registry. */
        public Builder imageType(RegistryImageType value) {
            imageType = value;
            return this;
        }

        public Builder scanStatus(ScanStatus value) {
            scanStatus = value;
            return this;
        }

        public Builder imageSize(Long value) {
            imageSize = value;
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

        public ImageScanSelection build() {
            return new ImageScanSelection(hasVul, namespace, imageName, imageVersion, imageType, scanStatus, imageSize,
                    latestUpdateTime.start(), latestUpdateTime.end(), latestScanTime.start(), latestScanTime.end());
        }
    }
}
