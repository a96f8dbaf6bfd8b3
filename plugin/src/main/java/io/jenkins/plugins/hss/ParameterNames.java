package io.jenkins.plugins.hss;

import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.List;
import java.util.Map;

/**
 * Which parameter of {@code hsBatchScan} (and field of the freestyle form) sets which of the
 * engine's settings fields, so that a problem in a build's log names what the user wrote: the
 * engine's messages name the API's fields ({@code image_size}), a job has {@code imageSize}.
 */
final class ParameterNames {

    private static final Map<String, String> BY_FIELD = Map.ofEntries(
            Map.entry("image_type", "imageType"),
            Map.entry("image_info_list", "images"),
            Map.entry("operate_all", "operateAll"),
            Map.entry("repo_type", "repoType"),
            Map.entry("namespace", "namespace"),
            Map.entry("image_name", "imageName"),
            Map.entry("image_version", "imageVersion"),
            Map.entry("scan_status", "scanStatus"),
            Map.entry("latest_version", "latestVersion"),
            Map.entry("image_size", "imageSize"),
            Map.entry("start_latest_update_time", "startLatestUpdateTime"),
            Map.entry("end_latest_update_time", "endLatestUpdateTime"),
            Map.entry("start_latest_scan_time", "startLatestScanTime"),
            Map.entry("end_latest_scan_time", "endLatestScanTime"),
            Map.entry("enterprise_project_id", "enterpriseProjectId"),
            Map.entry("instance_id", "instanceId"),
            Map.entry("api", "api"),
            Map.entry("registry", "registry"),
            Map.entry("synchronize", "synchronize"),
            Map.entry("gate.count_handled", "countHandled"),
            Map.entry("project_id", "projectId"),
            Map.entry("region", "region"),
            Map.entry("gate.thresholds", "gate"),
            Map.entry("gate.outcomes", "outcomes"),
            Map.entry("wait.timeout", "timeoutMinutes"),
            Map.entry("wait.initial_poll_interval", "pollIntervalSeconds"),
            Map.entry("wait.max_poll_interval", "maxPollInterval"),
            Map.entry("wait.start_grace_period", "startGracePeriod"));

    private ParameterNames() {}

    /** One line per problem: the parameter, then the engine's message. */
    static List<String> describe(List<SettingsProblem> problems) {
        return problems.stream().map(ParameterNames::describe).toList();
    }

    private static String describe(SettingsProblem problem) {
        String field = problem.field().replaceFirst("\\[\\d+]$", "");
        String parameter = switch (field) {
            // Endpoints are set on the global page only.
            case "endpoint" -> Messages.ParameterNames_hssEndpoint();
            case "iam_endpoint" -> Messages.ParameterNames_iamEndpoint();
            default -> BY_FIELD.get(field);
        };
        return parameter == null ? problem.message() : parameter + ": " + problem.message();
    }
}
