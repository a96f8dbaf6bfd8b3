package io.jenkins.plugins.hss;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ScanFields;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A step's parameters as one build ran them: with build parameters and environment variables
 * expanded (freestyle), as plain text. It is what a waiting Pipeline step keeps across a restart of
 * the controller, since the engine's {@link ScanSettings} are made again from it, never persisted.
 */
record ScanRequest(
        String imageType,
        List<String> images,
        boolean operateAll,
        String repoType,
        String namespace,
        String imageName,
        String imageVersion,
        String scanStatus,
        boolean latestVersion,
        String imageSize,
        String startLatestUpdateTime,
        String endLatestUpdateTime,
        String startLatestScanTime,
        String endLatestScanTime,
        String enterpriseProjectId,
        String instanceId,
        Boolean synchronize,
        boolean countHandled,
        String region,
        String projectId,
        String credentialsId,
        String accountName,
        List<String> gate,
        List<String> outcomes,
        boolean waitForResults,
        int timeoutMinutes,
        int pollIntervalSeconds,
        String maxPollInterval,
        String startGracePeriod,
        String reportSarif,
        String api,
        String registry)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Copies in {@link Collections#unmodifiableList} of an {@link ArrayList}: serializable by every means Jenkins uses. */
    ScanRequest {
        images = copy(images);
        gate = copy(gate);
        // A request saved by an older version (a Pipeline waiting across the upgrade) lacks the newer parameters.
        outcomes = copy(outcomes == null ? List.of() : outcomes);
        maxPollInterval = Objects.requireNonNullElse(maxPollInterval, "");
        startGracePeriod = Objects.requireNonNullElse(startGracePeriod, "");
        instanceId = Objects.requireNonNullElse(instanceId, "");
        reportSarif = Objects.requireNonNullElse(reportSarif, "");
        // The API came later: a request saved before it used batch-scan, the engine's default.
        api = Objects.requireNonNullElse(api, "");
        // The registry came later still: a request saved before it scans SWR images, chosen by the image type.
        registry = Objects.requireNonNullElse(registry, "");
        // Sync before scan came later: a request saved before it syncs, as the engine does by default.
        synchronize = Objects.requireNonNullElse(synchronize, Boolean.TRUE);
    }

    private static List<String> copy(List<String> texts) {
        return Collections.unmodifiableList(new ArrayList<>(texts));
    }

    /**
     * The step's parameters with {@code expand} applied to every text.
     *
     * @param globalApi the global configuration's API, for a step that names none
     */
    static ScanRequest from(HssBatchScanStep step, UnaryOperator<String> expand, String globalApi) {
        return new ScanRequest(
                expand.apply(step.getImageType()),
                imageReferences(step.getImages(), expand),
                step.isOperateAll(),
                expand.apply(step.getRepoType()),
                expand.apply(step.getNamespace()),
                expand.apply(step.getImageName()),
                expand.apply(step.getImageVersion()),
                expand.apply(step.getScanStatus()),
                step.isLatestVersion(),
                expand.apply(step.getImageSize()),
                expand.apply(step.getStartLatestUpdateTime()),
                expand.apply(step.getEndLatestUpdateTime()),
                expand.apply(step.getStartLatestScanTime()),
                expand.apply(step.getEndLatestScanTime()),
                expand.apply(step.getEnterpriseProjectId()),
                expand.apply(step.getInstanceId()),
                step.isSynchronize(),
                step.isCountHandled(),
                expand.apply(step.getRegion()),
                expand.apply(step.getProjectId()),
                expand.apply(step.getCredentialsId()),
                expand.apply(step.getAccountName()),
                step.getGate().stream().map(expand).toList(),
                step.getOutcomes().stream().map(expand).toList(),
                step.isWaitForResults(),
                step.getTimeoutMinutes(),
                step.getPollIntervalSeconds(),
                expand.apply(step.getMaxPollInterval()),
                expand.apply(step.getStartGracePeriod()),
                expand.apply(step.getReportSarif()),
                step.getApi().isEmpty() ? Objects.requireNonNullElse(globalApi, "") : expand.apply(step.getApi()),
                expand.apply(step.getRegistry()));
    }

    /** One reference per element: an element (an {@code IMAGES} parameter) may expand to a whole list. */
    private static List<String> imageReferences(List<String> entries, UnaryOperator<String> expand) {
        return entries.stream().flatMap(entry -> ImageRef.splitList(expand.apply(entry)).stream()).toList();
    }

    /** Where and as whom to connect: the global configuration with this request's choices over it. */
    ConnectionSettings connection(ConnectionSettings global) {
        return global.chosenBy(region, projectId, credentialsId, accountName);
    }

    /** The engine's settings; problems are reported by {@link ScanSettings#problems()}, not thrown here. */
    ScanSettings toSettings(String chosenProjectId) {
        return ScanSettings.of(fields(chosenProjectId));
    }

    /**
     * The scan in the engine's text form: the one place the step's typed values (flags, lists,
     * whole minutes and seconds, where 0 is the engine's default) become its text.
     */
    ScanFields fields(String chosenProjectId) {
        return ScanFields.builder()
                .put("image_type", imageType)
                .put("image_info_list", images)
                .put("operate_all", operateAll ? Boolean.TRUE : null)
                .put("repo_type", repoType)
                .put("namespace", namespace)
                .put("image_name", imageName)
                .put("image_version", imageVersion)
                .put("scan_status", scanStatus)
                .put("latest_version", latestVersion ? Boolean.TRUE : null)
                .put("image_size", imageSize)
                .put("start_latest_update_time", startLatestUpdateTime)
                .put("end_latest_update_time", endLatestUpdateTime)
                .put("start_latest_scan_time", startLatestScanTime)
                .put("end_latest_scan_time", endLatestScanTime)
                .put("project_id", chosenProjectId)
                .put("enterprise_project_id", enterpriseProjectId)
                .put("instance_id", instanceId)
                .put("api", api)
                .put("registry", registry)
                .put("synchronize", synchronize)
                .put("gate.thresholds", gate)
                .put("gate.outcomes", outcomes)
                .put("gate.count_handled", countHandled)
                .put("wait.wait_for_results", waitForResults)
                .put("wait.timeout", timeoutMinutes == 0 ? null : Duration.ofMinutes(timeoutMinutes).toString())
                .put("wait.initial_poll_interval",
                        pollIntervalSeconds == 0 ? null : Duration.ofSeconds(pollIntervalSeconds).toString())
                .put("wait.max_poll_interval", maxPollInterval)
                .put("wait.start_grace_period", startGracePeriod)
                .build();
    }
}
