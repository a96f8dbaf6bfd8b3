package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Speaks {@link HssApi} to HSS over HTTPS, one attempt per call (the watcher's call queue decides
 * what to send again). One client per endpoint and credential, for all the projects of its user;
 * it is thread-safe and should be shared, since it owns (or borrows) OkHttp's connection pool.
 */
public final class HssClient implements HssApi, AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HssEndpoints endpoints;
    private final String region;
    private final String userAgent;
    private final OkHttpClient http;
    private final Caller caller;
    private final boolean ownsHttp;

    HssClient(HssClientBuilder builder, OkHttpClient http, Caller caller, boolean ownsHttp) {
        this.endpoints = builder.endpoints();
        this.region = builder.region();
        this.userAgent = builder.userAgent();
        this.http = http;
        this.caller = caller;
        this.ownsHttp = ownsHttp;
    }

    public static HssClientBuilder builder() {
        return new HssClientBuilder();
    }

    @Override
    public Instant batchScan(BatchScanRequest request) throws HssException {
        HttpUrl.Builder url = projectUrl(request.projectId(), "image/batch-scan");
        new QueryParameters().add("enterprise_project_id", request.enterpriseProjectId()).list()
                .forEach(p -> url.addQueryParameter(p.name(), p.value()));
        Request post = request(url.build(), request.projectId()).post(RequestBody.create(request.toJson(), JSON)).build();
        try (Response answer = caller.execute("POST batch-scan", post)) {
            return PageReader.serverDate(answer);
        }
    }

    @Override
    public SwrImagePage listSwrImages(String projectId, SwrImageQuery query, int offset, int limit)
            throws HssException {
        List<SwrImage> images = new ArrayList<>();
        Paging.PageCount page = readSwrImages(projectId, query, offset, limit, images::add);
        return new SwrImagePage(page.totalNum(), images, page.serverDate());
    }

    /** Streams each page: an image goes to the sink as soon as it is read off the wire. */
    @Override
    public int forEachSwrImage(String projectId, SwrImageQuery query, int pageSize, Consumer<SwrImage> sink)
            throws HssException {
        return Paging.walk(pageSize, (offset, limit) -> readSwrImages(projectId, query, offset, limit, sink));
    }

    @Override
    public VulnerabilityPage listImageVulnerabilities(String projectId, VulnerabilityQuery query, int offset, int limit)
            throws HssException {
        List<Vulnerability> vulnerabilities = new ArrayList<>();
        Paging.PageCount page = readVulnerabilities(projectId, query, offset, limit, vulnerabilities::add);
        return new VulnerabilityPage(page.totalNum(), vulnerabilities);
    }

    @Override
    public int forEachImageVulnerability(String projectId, VulnerabilityQuery query, int pageSize,
                                         Consumer<Vulnerability> sink) throws HssException {
        return Paging.walk(pageSize, (offset, limit) -> readVulnerabilities(projectId, query, offset, limit, sink));
    }

    private Paging.PageCount readSwrImages(String projectId, SwrImageQuery query, int offset, int limit,
                                           Consumer<SwrImage> sink) throws HssException {
        Paging.checkLimit(limit);
        HttpUrl.Builder url = projectUrl(projectId, "image/swr-repository");
        query.parameters(offset, limit).forEach(p -> url.addQueryParameter(p.name(), p.value()));
        return get("GET swr-repository", projectId, url.build(), SwrImage.class, sink);
    }

    private Paging.PageCount readVulnerabilities(String projectId, VulnerabilityQuery query, int offset, int limit,
                                                 Consumer<Vulnerability> sink) throws HssException {
        Paging.checkLimit(limit);
        HttpUrl.Builder url = projectUrl(projectId, "image").addPathSegment(query.imageId()).addPathSegment("vulnerabilities");
        query.parameters(offset, limit).forEach(p -> url.addQueryParameter(p.name(), p.value()));
        return get("GET vulnerabilities", projectId, url.build(), Vulnerability.class, sink);
    }

    private <T> Paging.PageCount get(String call, String projectId, HttpUrl url, Class<T> type, Consumer<T> sink)
            throws HssException {
        Response response = caller.execute(call, request(url, projectId).get().build());
        return PageReader.read(call, response, type, sink, caller.redactor());
    }

    private HttpUrl.Builder projectUrl(String project, String path) {
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("every HSS call needs its project_id");
        }
        return endpoints.hss().newBuilder().addPathSegment("v5").addPathSegment(project).addPathSegments(path);
    }

    /** The headers the SDK sends and signs; the auth interceptor adds the rest. */
    private Request.Builder request(HttpUrl url, String project) {
        Request.Builder request = new Request.Builder().url(url)
                .header("User-Agent", userAgent)
                .header(AuthInterceptor.PROJECT_HEADER, project);
        if (region != null) {
            request.header("region", region);
        }
        return request;
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
