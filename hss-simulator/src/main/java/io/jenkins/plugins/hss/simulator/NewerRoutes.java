package io.jenkins.plugins.hss.simulator;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The routes of the sync call and of the newer image APIs (hss-image-api-newer.md; paths and
 * methods of SDK 3.1.212 {@code HssMeta}). Null when a path is none of them, so the older routes
 * are tried next.
 */
final class NewerRoutes {

    private static final Map<String, Endpoint> FIXED = Map.of(
            "POST image/synchronize", Endpoint.RUN_IMAGE_SYNCHRONIZE,
            "POST image/image-sync/tasks", Endpoint.CREATE_IMAGE_SYNC_TASK,
            "POST image/image-scan/tasks", Endpoint.CREATE_IMAGE_SCAN_TASK,
            "GET image/tasks", Endpoint.LIST_IMAGE_TASKS,
            "GET image/registries", Endpoint.LIST_REGISTRIES,
            "GET image/registries/images", Endpoint.LIST_REGISTRY_IMAGES,
            "GET image/baseline/risk-configs", Endpoint.LIST_IMAGE_RISK_CONFIGS,
            "GET images/vulnerabilities", Endpoint.LIST_GENERAL_IMAGE_VULNERABILITIES);

    private NewerRoutes() {
    }

    static Route match(String method, String[] segments) {
        if (segments.length < 5 || !segments[0].isEmpty() || !segments[1].equals("v5")) {
            return null;
        }
        String projectId = UriEncoding.decode(segments[2]);
        String rest = String.join("/", Arrays.copyOfRange(segments, 3, segments.length));
        Endpoint fixed = FIXED.get(method + " " + rest);
        if (fixed != null) {
            return new Route(fixed, projectId, null);
        }
        int last = segments.length - 1;
        if (method.equals("PUT") && segments.length == 8 && rest.startsWith("image/image-scan/tasks/")
                && segments[last].equals("stop")) {
            return new Route(Endpoint.STOP_IMAGE_SCAN_TASK, projectId, null, UriEncoding.decode(segments[6]));
        }
        if (method.equals("GET") && segments.length >= 6 && segments[3].equals("image")
                && segments[last].equals("malwares")) {
            String imageId = Arrays.stream(segments, 4, last).map(UriEncoding::decode).collect(Collectors.joining("/"));
            return new Route(Endpoint.LIST_IMAGE_MALWARES, projectId, imageId);
        }
        return null;
    }
}
