package io.jenkins.plugins.hss.simulator;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which API a request is for, with the path parameters. Paths are matched on raw segments because
 * the SDK puts path parameters in unencoded; a trailing slash is tolerated, as the signature's
 * canonical URI always has one.
 */
record Route(Endpoint endpoint, String projectId, String imageId, String taskId) {

    private static final Route UNKNOWN = new Route(Endpoint.UNKNOWN, null, null);

    Route(Endpoint endpoint, String projectId, String imageId) {
        this(endpoint, projectId, imageId, null);
    }

    static Route of(String method, String rawPath) {
        String path = rawPath.length() > 1 && rawPath.endsWith("/") ? rawPath.substring(0, rawPath.length() - 1) : rawPath;
        if (path.equals("/v3/auth/tokens")) {
            return method.equals("POST") ? new Route(Endpoint.IAM_TOKENS, null, null) : UNKNOWN;
        }
        String[] segments = path.split("/");
        Route newer = NewerRoutes.match(method, segments);
        if (newer != null) {
            return newer;
        }
        if (segments.length < 5 || !segments[0].isEmpty() || !segments[1].equals("v5") || !segments[3].equals("image")) {
            return UNKNOWN;
        }
        String projectId = UriEncoding.decode(segments[2]);
        if (segments.length == 5 && segments[4].equals("batch-scan") && method.equals("POST")) {
            return new Route(Endpoint.BATCH_SCAN, projectId, null);
        }
        if (segments.length == 5 && segments[4].equals("swr-repository") && method.equals("GET")) {
            return new Route(Endpoint.LIST_SWR_IMAGES, projectId, null);
        }
        if (segments.length >= 6 && segments[segments.length - 1].equals("vulnerabilities") && method.equals("GET")) {
            String imageId = Arrays.stream(segments, 4, segments.length - 1)
                    .map(UriEncoding::decode)
                    .collect(Collectors.joining("/"));
            return new Route(Endpoint.LIST_IMAGE_VULNERABILITIES, projectId, imageId);
        }
        return UNKNOWN;
    }
}
