package io.jenkins.plugins.hss;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.WaitOptions;
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
        return ScanSettings.builder()
                .imageType(imageType)
                .imageReferences(images)
                .operateAll(operateAll ? Boolean.TRUE : null)
                .repoType(repoType)
                .namespace(namespace)
                .imageName(imageName)
                .imageVersion(imageVersion)
                .scanStatus(scanStatus)
                .latestVersion(latestVersion ? Boolean.TRUE : null)
                .imageSize(imageSize)
                .startLatestUpdateTime(startLatestUpdateTime)
                .endLatestUpdateTime(endLatestUpdateTime)
                .startLatestScanTime(startLatestScanTime)
                .endLatestScanTime(endLatestScanTime)
                .projectId(chosenProjectId)
                .enterpriseProjectId(enterpriseProjectId)
                .instanceId(instanceId)
                .api(api)
                .registry(registry)
                .synchronize(synchronize)
                .thresholds(String.join("\n", gate))
                .outcomes(String.join("\n", outcomes))
                .countHandled(countHandled)
                .waitOptions(waitOptions())
                .maxPollInterval(maxPollInterval)
                .startGracePeriod(startGracePeriod)
                .build();
    }

    /** The engine's defaults, with the job's choice to wait, and its timeout and poll interval where set (non-zero). */
    private WaitOptions waitOptions() {
        WaitOptions.Builder wait = WaitOptions.defaults().toBuilder().waitForResults(waitForResults);
        if (timeoutMinutes != 0) {
            wait.timeout(Duration.ofMinutes(timeoutMinutes));
        }
        if (pollIntervalSeconds != 0) {
            wait.initialPollInterval(Duration.ofSeconds(pollIntervalSeconds));
        }
        return wait.build();
    }
}
