package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.ImageMalware;
import io.jenkins.plugins.hss.core.model.ImageRiskConfig;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.Registry;
import io.jenkins.plugins.hss.core.model.RegistryImage;
import io.jenkins.plugins.hss.core.model.RequestCheck;
import okhttp3.HttpUrl;

/**
 * The calls of the newer image API over HTTP (paths and methods of SDK 3.1.212 {@code HssMeta}):
 * each request's value type was validated when it was made, the page bounds are checked here,
 * and every page is read by {@link PageReader}, as the older lists are.
 */
final class NewerImageCalls {

    /** StopImageScanTask's path parameter: task ids are 1-256 characters (ImageScanTaskInfo). */
    private static final int MAX_TASK_ID = 256;

    private final HssRequests requests;

    NewerImageCalls(HssRequests requests) {
        this.requests = requests;
    }

    Accepted createImageScanTask(String projectId, ImageScanTaskRequest request) throws HssException {
        // Always registry images: the host fields that local images take are not part of the request.
        HttpUrl url = requests.url(projectId, "image/image-scan/tasks", new QueryParameters()
                .add("enterprise_project_id", request.enterpriseProjectId()).add("global_image_type", "registry")
                .list()).build();
        return requests.send("POST image-scan/tasks", projectId, url, "POST", request.toJson());
    }

    ListPage<ImageScanTask> listImageTasks(String projectId, ImageTaskQuery query, int offset, int limit)
            throws HssException {
        Paging.LISTS.check(offset, limit);
        return page("GET image/tasks", projectId,
                requests.url(projectId, "image/tasks", query.parameters(offset, limit)), ImageScanTask.class);
    }

    Accepted stopImageScanTask(String projectId, String taskId, String enterpriseProjectId) throws HssException {
        String task = RequestCheck.blankToNull(taskId);
        String project = RequestCheck.blankToNull(enterpriseProjectId);
        new RequestCheck("StopImageScanTask").required("task_id", task).length("task_id", task, MAX_TASK_ID)
                .length("enterprise_project_id", project, 256).orThrow();
        HttpUrl url = requests.url(projectId, "image/image-scan/tasks",
                new QueryParameters().add("enterprise_project_id", project).list())
                .addPathSegment(task).addPathSegment("stop").build();
        return requests.send("PUT image-scan/tasks/stop", projectId, url, "PUT", null);
    }

    ListPage<Registry> listRegistries(String projectId, RegistryQuery query, int offset, int limit)
            throws HssException {
        Paging.LISTS.check(offset, limit);
        return page("GET registries", projectId, requests.url(projectId, "image/registries",
                query.parameters(offset, limit)), Registry.class);
    }

    Accepted createImageSyncTask(String projectId, ImageSyncRequest request) throws HssException {
        HttpUrl url = requests.url(projectId, "image/image-sync/tasks",
                new QueryParameters().add("enterprise_project_id", request.enterpriseProjectId()).list()).build();
        return requests.send("POST image-sync/tasks", projectId, url, "POST", request.toJson());
    }

    ListPage<RegistryImage> listRegistryImages(String projectId, RegistryImageQuery query, int offset, int limit)
            throws HssException {
        Paging.REGISTRY_IMAGES.check(offset, limit);
        return requests.get("GET registries/images", projectId,
                requests.url(projectId, "image/registries/images", query.parameters(offset, limit)).build(),
                RegistryImage.class);
    }

    ListPage<ImageMalware> listImageMalwares(String projectId, MalwareQuery query, int offset, int limit)
            throws HssException {
        Paging.LISTS.check(offset, limit);
        HttpUrl.Builder url = requests.url(projectId, "image", query.parameters(offset, limit))
                .addPathSegment(query.imageId()).addPathSegment("malwares");
        return page("GET malwares", projectId, url, ImageMalware.class);
    }

    ListPage<ImageRiskConfig> listImageRiskConfigs(String projectId, RiskConfigQuery query, int offset, int limit)
            throws HssException {
        Paging.LISTS.check(offset, limit);
        return page("GET risk-configs", projectId, requests.url(projectId, "image/baseline/risk-configs",
                query.parameters(offset, limit)), ImageRiskConfig.class);
    }

    ListPage<GeneralImageVulnerability> listGeneralImageVulnerabilities(String projectId,
            GeneralVulnerabilityQuery query, int offset, int limit) throws HssException {
        Paging.LISTS.check(offset, limit);
        return page("GET images/vulnerabilities", projectId, requests.url(projectId, "images/vulnerabilities",
                query.parameters(offset, limit)), GeneralImageVulnerability.class);
    }

    private <T> ListPage<T> page(String call, String projectId, HttpUrl.Builder url, Class<T> type)
            throws HssException {
        return requests.get(call, projectId, url.build(), type);
    }
}
