package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Instant;

/**
 * The two calls in which HSS's image APIs differ, as the watcher makes them: the trigger and the
 * image list, each on its own API's budget. Everything else (sharing a trigger, checking a lost
 * answer before sending again, the polls, their paging and narrowing, the completion rule, the
 * gate) is the same machinery over either: the newer API's rows carry every field of the older
 * ones, and both APIs reach the same scans of the same image records.
 */
public enum ScanPort {

    /** {@code POST /image/batch-scan}, {@code GET /image/swr-repository}. */
    BATCH_SCAN(ScanApi.BATCH_SCAN, ApiName.BATCH_SCAN, ApiName.SWR_REPOSITORY) {
        @Override
        public Instant trigger(HssApi hss, BatchScanRequest body) throws HssException {
            return hss.batchScan(body);
        }

        @Override
        ListPage<SwrImage> list(HssApi hss, String projectId, SwrImageQuery query, int offset, int limit)
                throws HssException {
            return hss.listSwrImages(projectId, query, offset, limit);
        }
    },

    /** CreateManualImageScanTask, ListRegistryImages ({@link NewerApiTranslation}). */
    IMAGE_SCAN_TASKS(ScanApi.IMAGE_SCAN_TASKS, ApiName.IMAGE_SCAN_TASKS, ApiName.REGISTRY_IMAGES) {
        @Override
        public Instant trigger(HssApi hss, BatchScanRequest body) throws HssException {
            return hss.createImageScanTask(body.projectId(), NewerApiTranslation.scanTask(body)).serverDate();
        }

        @Override
        ListPage<SwrImage> list(HssApi hss, String projectId, SwrImageQuery query, int offset, int limit)
                throws HssException {
            var page = hss.listRegistryImages(projectId, NewerApiTranslation.query(query), offset, limit);
            return new ListPage<>(page.totalNum(), page.rows().stream().map(NewerApiTranslation::row).toList(),
                    page.serverDate());
        }
    };

    private final ScanApi api;
    private final ApiName triggerApi;
    private final ApiName listApi;

    ScanPort(ScanApi api, ApiName triggerApi, ApiName listApi) {
        this.api = api;
        this.triggerApi = triggerApi;
        this.listApi = listApi;
    }

    /** The port of a decided API. */
    public static ScanPort of(ScanApi api) {
        return switch (api) {
            case BATCH_SCAN -> BATCH_SCAN;
            case IMAGE_SCAN_TASKS -> IMAGE_SCAN_TASKS;
            case AUTO -> throw new IllegalArgumentException("auto is a choice, not an API: decide it first");
        };
    }

    public ScanApi api() {
        return api;
    }

    /** The trigger as the console and the report name it, e.g. "the scan task (POST image/image-scan/tasks)". */
    public String triggerName() {
        return EngineMessages.format("trigger." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The budget the trigger spends. */
    public ApiName triggerApi() {
        return triggerApi;
    }

    /** The budget the image list spends. */
    ApiName listApi() {
        return listApi;
    }

    /**
     * Starts the scans {@code body} describes.
     *
     * @return the answer's {@code Date}, null when it had none
     */
    public abstract Instant trigger(HssApi hss, BatchScanRequest body) throws HssException;

    /** One page of the images {@code query} selects, as rows of the older list. */
    abstract ListPage<SwrImage> list(HssApi hss, String projectId, SwrImageQuery query, int offset, int limit)
            throws HssException;
}
