package io.jenkins.plugins.hss.core.client;

import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Builds and sends the client's HSS requests: the project's URL, the headers the SDK sends and
 * signs, one attempt through the {@link Caller}, and the answer read as a page or an
 * acknowledgement. Shared by every call of both APIs.
 */
final class HssRequests {

    private static final MediaType JSON = MediaType.get("application/json");

    private final HttpUrl hss;
    private final String region;
    private final String userAgent;
    private final Caller caller;

    HssRequests(HttpUrl hss, String region, String userAgent, Caller caller) {
        this.hss = hss;
        this.region = region;
        this.userAgent = userAgent;
        this.caller = caller;
    }

    /** {@code /v5/{project}/{path}}, with the query. */
    HttpUrl.Builder url(String project, String path, List<QueryParameters.Parameter> query) {
        if (project == null || project.isBlank()) {
            throw new IllegalArgumentException("every HSS call needs its project_id");
        }
        HttpUrl.Builder url = hss.newBuilder().addPathSegment("v5").addPathSegment(project).addPathSegments(path);
        query.forEach(p -> url.addQueryParameter(p.name(), p.value()));
        return url;
    }

    /** One page of a list call, each row read strictly off the wire. */
    <T> ListPage<T> get(String call, String project, HttpUrl url, Class<T> type) throws HssException {
        Response response = caller.execute(call, request(url, project).get().build());
        return PageReader.read(call, response, type, caller.redactor());
    }

    /**
     * A call that changes state, with its JSON body (none for null); HSS answers it with no fields,
     * so the body is not read.
     */
    Accepted send(String call, String project, HttpUrl url, String method, byte[] body) throws HssException {
        RequestBody content = body == null ? RequestBody.create(new byte[0]) : RequestBody.create(body, JSON);
        try (Response response = caller.execute(call, request(url, project).method(method, content).build())) {
            return new Accepted(PageReader.serverDate(response), response.header("X-Request-Id"));
        }
    }

    /** A POST of a JSON body whose 200 answer has fields of its own, read by {@code reader}. */
    <T> T send(String call, String project, HttpUrl url, byte[] body, AnswerReader<T> reader) throws HssException {
        Response response = caller.execute(call, request(url, project).post(RequestBody.create(body, JSON)).build());
        return reader.read(call, response, caller.redactor());
    }

    /** Reads (and closes) the answer of a call. */
    @FunctionalInterface
    interface AnswerReader<T> {
        T read(String call, Response response, Redactor redactor) throws HssException;
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
}
