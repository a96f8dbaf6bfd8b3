package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.RequestCheck;
import io.jenkins.plugins.hss.core.model.ScanScope;
import io.jenkins.plugins.hss.core.model.TaskType;
import io.jenkins.plugins.hss.core.model.WireValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The filters of the image task list (ListImageScanTask, SDK 3.1.212 {@code ListImageScanTaskRequest});
 * offset and limit are given per call. Null means no filter; times are epoch milliseconds on the
 * service's clock.
 *
 * @param type        scan tasks or syncs (required)
 * @param createTime  tasks created at or after it
 * @param endTime     tasks ended at or before it
 * @param taskStatus  running ({@code scanning}) or ended ({@code finished}): text here, an Integer in the rows
 */
public record ImageTaskQuery(
        Kind type,
        GlobalImageType globalImageType,
        TaskType taskType,
        String taskName,
        String taskId,
        Long createTime,
        Long endTime,
        Progress taskStatus,
        Integer scanScope,
        String enterpriseProjectId) {

    static final String API = "ListImageScanTask";
    /** The latest time the SDK documents for {@code create_time} and {@code end_time} (2099-01-01). */
    private static final long LATEST = 4_070_880_000_000L;
    private static final int MAX_TEXT = 256;

    /** {@code type}: what kind of tasks to list. */
    public enum Kind implements WireValue {
        IMAGE_SCAN(EnumSet.of(TaskType.CYCLE, TaskType.MANUAL)),
        IMAGE_SYNC(EnumSet.of(TaskType.AUTO_SYNC, TaskType.MANUAL_SYNC));

        private final Set<TaskType> taskTypes;

        Kind(Set<TaskType> taskTypes) {
            this.taskTypes = taskTypes;
        }

        @Override
        public String wireName() {
            return WireValue.snakeCase(this);
        }
    }

    /** {@code task_status} of the query. */
    public enum Progress implements WireValue {
        SCANNING,
        FINISHED;

        @Override
        public String wireName() {
            return WireValue.snakeCase(this);
        }
    }

    /** @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException naming every field HSS would refuse */
    public ImageTaskQuery {
        taskName = RequestCheck.blankToNull(taskName);
        taskId = RequestCheck.blankToNull(taskId);
        enterpriseProjectId = RequestCheck.blankToNull(enterpriseProjectId);
        RequestCheck check = new RequestCheck(API).required("type", type)
                .length("task_name", taskName, MAX_TEXT).length("task_id", taskId, MAX_TEXT)
                .range("create_time", createTime, 0, LATEST).range("end_time", endTime, 0, LATEST)
                .range("scan_scope", scanScope, 0, ScanScope.ALL)
                .length("enterprise_project_id", enterpriseProjectId, MAX_TEXT);
        if (type != null) {
            // A scan task type with type=image_sync, or the other way round, would list nothing.
            check.oneOf("task_type", taskType, type.taskTypes);
        }
        check.orThrow();
    }

    /** The scan tasks ({@code type=image_scan}). */
    public static Builder scans() {
        return new Builder(Kind.IMAGE_SCAN);
    }

    /** The registry syncs ({@code type=image_sync}). */
    public static Builder syncs() {
        return new Builder(Kind.IMAGE_SYNC);
    }

    /** The query string of one page, in the SDK's declaration order. */
    public List<QueryParameters.Parameter> parameters(int offset, int limit) {
        return new QueryParameters()
                .add("enterprise_project_id", enterpriseProjectId).add("global_image_type", globalImageType)
                .add("offset", offset).add("limit", limit).add("type", type).add("task_type", taskType)
                .add("task_name", taskName).add("task_id", taskId).add("create_time", createTime)
                .add("end_time", endTime).add("task_status", taskStatus).add("scan_scope", scanScope)
                .list();
    }

    public static final class Builder {
        private final Kind type;
        private GlobalImageType globalImageType;
        private TaskType taskType;
        private String taskName;
        private String taskId;
        private Long createTime;
        private Long endTime;
        private Progress taskStatus;
        private Integer scanScope;
        private String enterpriseProjectId;

        private Builder(Kind type) {
            this.type = type;
        }

        public Builder globalImageType(GlobalImageType value) {
            globalImageType = value;
            return this;
        }

        public Builder taskType(TaskType value) {
            taskType = value;
            return this;
        }

        /** Fuzzy: tasks whose name contains it. */
        public Builder taskName(String value) {
            taskName = value;
            return this;
        }

        public Builder taskId(String value) {
            taskId = value;
            return this;
        }

        /** Tasks created at or after it (epoch ms, the service's clock). */
        public Builder createTime(Long value) {
            createTime = value;
            return this;
        }

        /** Tasks ended at or before it (epoch ms, the service's clock). */
        public Builder endTime(Long value) {
            endTime = value;
            return this;
        }

        public Builder taskStatus(Progress value) {
            taskStatus = value;
            return this;
        }

        public Builder scanScope(Integer value) {
            scanScope = value;
            return this;
        }

        public Builder enterpriseProjectId(String value) {
            enterpriseProjectId = value;
            return this;
        }

        public ImageTaskQuery build() {
            return new ImageTaskQuery(type, globalImageType, taskType, taskName, taskId, createTime, endTime,
                    taskStatus, scanScope, enterpriseProjectId);
        }
    }
}
