package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A validated scan task of registry images: the body of CreateManualImageScanTask
 * ({@code POST /v5/{project_id}/image/image-scan/tasks}, {@code CreateManualImageScanTaskReqInfo}
 * of SDK 3.1.212, fields in its order, unset ones omitted) and its {@code enterprise_project_id}.
 * It scans the images {@code image_info} lists, or with {@code is_all=true} every image
 * {@code query_info} selects. HSS answers without a task id: the task is found afterwards in
 * ListImageScanTask (docs/client.md says how).
 *
 * @param scanScope what to look for: {@link ScanScope#ALL} or a sum of {@link ScanScope} masks;
 *                  null leaves it to HSS
 * @param rateLimit images an hour, 0 to 1000, 0 for no limit; null leaves it to HSS
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"scan_scope", "rate_limit", "is_all", "query_info", "image_info"})
public record ImageScanTaskRequest(
        Integer scanScope,
        Integer rateLimit,
        Boolean isAll,
        ImageScanSelection queryInfo,
        List<ImageScanTarget> imageInfo,
        @JsonIgnore String enterpriseProjectId) {

    /** The API's name, for messages. */
    static final String API = "CreateManualImageScanTask";
    private static final int MAX_RATE = 1000;
    private static final int MAX_ENTERPRISE_PROJECT = 256;

    /** @throws InvalidSettingsException naming every field that HSS would refuse, ignore, or read as "nothing" */
    public ImageScanTaskRequest {
        imageInfo = imageInfo == null || imageInfo.isEmpty() ? null : List.copyOf(imageInfo);
        enterpriseProjectId = RequestCheck.blankToNull(enterpriseProjectId);
        RequestCheck check = new RequestCheck(API).range("rate_limit", rateLimit, 0, MAX_RATE)
                .length("enterprise_project_id", enterpriseProjectId, MAX_ENTERPRISE_PROJECT);
        if (scanScope != null && !ScanScope.isValid(scanScope)) {
            check.problem("scan_scope", "scan_task.scope", scanScope);
        }
        checkSelection(check, Boolean.TRUE.equals(isAll), queryInfo, imageInfo);
        check.orThrow();
    }

    private static void checkSelection(RequestCheck check, boolean all, ImageScanSelection queryInfo,
                                       List<ImageScanTarget> images) {
        if (images == null && !all) {
            check.problem("image_info", "scan_task.nothing");
        }
        if (images != null && all) {
            check.problem("is_all", "scan_task.both", images.size());
        }
        if (queryInfo != null && !all) {
            check.problem("query_info", "scan_task.selection_without_all");
        }
        if (queryInfo != null) {
            check.addAll(queryInfo.problems("query_info"));
        }
        for (int i = 0; images != null && i < images.size(); i++) {
            check.addAll(images.get(i).problems("image_info[" + i + "]"));
        }
    }

    /** A task that scans the images listed. */
    public static Builder of(List<ImageScanTarget> images) {
        return new Builder(false, null, images);
    }

    /** A task that scans every image the selection chooses ({@code is_all=true}). */
    public static Builder selecting(ImageScanSelection selection) {
        return new Builder(true, selection, null);
    }

    /** The listed images; empty when the task selects by {@code query_info}. */
    @JsonIgnore
    public List<ImageScanTarget> images() {
        return imageInfo == null ? List.of() : imageInfo;
    }

    /** The body bytes (UTF-8 JSON) to send and to sign. */
    public byte[] toJson() {
        return WireJson.bytes(this);
    }

    public static final class Builder {
        private final Boolean isAll;
        private final ImageScanSelection queryInfo;
        private final List<ImageScanTarget> imageInfo;
        private Integer scanScope;
        private Integer rateLimit;
        private String enterpriseProjectId;

        private Builder(boolean all, ImageScanSelection queryInfo, List<ImageScanTarget> imageInfo) {
            // Sent either way: what HSS does without is_all is not documented.
            this.isAll = all;
            this.queryInfo = queryInfo;
            this.imageInfo = imageInfo == null ? null : new ArrayList<>(imageInfo);
        }

        /** The kinds of risk to look for; none given leaves {@code scan_scope} to HSS. */
        public Builder scanScope(Collection<ScanScope> scopes) {
            scanScope = ScanScope.mask(scopes);
            return this;
        }

        /** A raw {@code scan_scope}: {@link ScanScope#ALL} or a sum of masks. */
        public Builder scanScope(Integer mask) {
            scanScope = mask;
            return this;
        }

        /** Images an hour, 0 to 1000; 0 for no limit. */
        public Builder rateLimit(Integer value) {
            rateLimit = value;
            return this;
        }

        public Builder enterpriseProjectId(String value) {
            enterpriseProjectId = value;
            return this;
        }

        /** @throws InvalidSettingsException naming every problem */
        public ImageScanTaskRequest build() {
            return new ImageScanTaskRequest(scanScope, rateLimit, isAll, queryInfo, imageInfo, enterpriseProjectId);
        }
    }
}
