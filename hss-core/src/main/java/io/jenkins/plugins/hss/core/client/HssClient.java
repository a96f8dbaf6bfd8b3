package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.ImageMalware;
import io.jenkins.plugins.hss.core.model.ImageRiskConfig;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.Registry;
import io.jenkins.plugins.hss.core.model.RegistryImage;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Speaks {@link HssApi} to HSS over HTTPS, one attempt per call (the watcher's call queue decides
 * what to send again): the older calls here, the newer image API's in {@link NewerImageCalls}.
 * One client per endpoint and credential, for all the projects of its user; it is thread-safe and
 * should be shared, since it owns (or borrows) OkHttp's connection pool.
 */
public final class HssClient implements HssApi, AutoCloseable {

    private final OkHttpClient http;
    private final HssRequests requests;
    private final NewerImageCalls newer;
    private final boolean ownsHttp;

    HssClient(HssClientBuilder builder, OkHttpClient http, Caller caller, boolean ownsHttp) {
        this.http = http;
        this.requests = new HssRequests(builder.endpoints().hss(), builder.region(), builder.userAgent(), caller);
        this.newer = new NewerImageCalls(requests);
        this.ownsHttp = ownsHttp;
    }

    public static HssClientBuilder builder() {
        return new HssClientBuilder();
    }

    @Override
    public Instant batchScan(BatchScanRequest request) throws HssException {
        HttpUrl url = requests.url(request.projectId(), "image/batch-scan",
                new QueryParameters().add("enterprise_project_id", request.enterpriseProjectId()).list()).build();
        return requests.send("POST batch-scan", request.projectId(), url, "POST", request.toJson()).serverDate();
    }

    @Override
    public SyncAnswer synchronize(String projectId, ImageType imageType, String enterpriseProjectId)
            throws HssException {
        HttpUrl url = requests.url(projectId, "image/synchronize",
                new QueryParameters().add("enterprise_project_id", enterpriseProjectId).list()).build();
        return requests.send("POST synchronize", projectId, url, SyncAnswers.body(imageType), SyncAnswers::read);
    }

    @Override
    public ListPage<SwrImage> listSwrImages(String projectId, SwrImageQuery query, int offset, int limit)
            throws HssException {
        Paging.checkLimit(limit);
        HttpUrl url = requests.url(projectId, "image/swr-repository", query.parameters(offset, limit)).build();
        return requests.get("GET swr-repository", projectId, url, SwrImage.class);
    }

    @Override
    public ListPage<Vulnerability> listImageVulnerabilities(String projectId, VulnerabilityQuery query, int offset, int limit)
            throws HssException {
        Paging.checkLimit(limit);
        HttpUrl url = requests.url(projectId, "image", query.parameters(offset, limit))
                .addPathSegment(query.imageId()).addPathSegment("vulnerabilities").build();
        return requests.get("GET vulnerabilities", projectId, url, Vulnerability.class);
    }

    @Override
    public Accepted createImageScanTask(String projectId, ImageScanTaskRequest request) throws HssException {
        return newer.createImageScanTask(projectId, request);
    }

    @Override
    public ListPage<ImageScanTask> listImageTasks(String projectId, ImageTaskQuery query, int offset, int limit)
            throws HssException {
        return newer.listImageTasks(projectId, query, offset, limit);
    }

    @Override
    public Accepted stopImageScanTask(String projectId, String taskId, String enterpriseProjectId)
            throws HssException {
        return newer.stopImageScanTask(projectId, taskId, enterpriseProjectId);
    }

    @Override
    public ListPage<Registry> listRegistries(String projectId, RegistryQuery query, int offset, int limit)
            throws HssException {
        return newer.listRegistries(projectId, query, offset, limit);
    }

    @Override
    public Accepted createImageSyncTask(String projectId, ImageSyncRequest request) throws HssException {
        return newer.createImageSyncTask(projectId, request);
    }

    @Override
    public ListPage<RegistryImage> listRegistryImages(String projectId, RegistryImageQuery query, int offset,
                                                      int limit) throws HssException {
        return newer.listRegistryImages(projectId, query, offset, limit);
    }

    @Override
    public ListPage<ImageMalware> listImageMalwares(String projectId, MalwareQuery query, int offset, int limit)
            throws HssException {
        return newer.listImageMalwares(projectId, query, offset, limit);
    }

    @Override
    public ListPage<ImageRiskConfig> listImageRiskConfigs(String projectId, RiskConfigQuery query, int offset,
                                                          int limit) throws HssException {
        return newer.listImageRiskConfigs(projectId, query, offset, limit);
    }

    @Override
    public ListPage<GeneralImageVulnerability> listGeneralImageVulnerabilities(String projectId,
            GeneralVulnerabilityQuery query, int offset, int limit) throws HssException {
        return newer.listGeneralImageVulnerabilities(projectId, query, offset, limit);
    }

    /** Releases the connection pool and threads, unless the OkHttp client was supplied by the caller. */
    @Override
    public void close() {
        if (ownsHttp) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }
}
