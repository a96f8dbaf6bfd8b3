package io.jenkins.plugins.hss.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything that describes one scan: every field of the batch-scan API under its JSON name, the
 * project, the gate and the wait. Faces fill it through {@link #builder()}, passing text as they
 * got it; text that cannot be read is kept as a problem, so that {@link #problems()} reports it
 * together with every other problem instead of the face failing on the first.
 *
 * @param repoType            {@code repo_type}: {@code SWR} or null
 * @param images              {@code image_info_list}
 * @param operateAll          {@code operate_all}: scan everything the filter fields select
 * @param namespace           {@code namespace} filter
 * @param imageName           {@code image_name} filter
 * @param imageVersion        {@code image_version} filter
 * @param imageType           {@code image_type}, null when missing or unreadable
 * @param scanStatus          {@code scan_status} filter
 * @param latestVersion       {@code latest_version} filter
 * @param imageSize           {@code image_size} filter
 * @param latestUpdateTime    {@code start_latest_update_time} / {@code end_latest_update_time}
 * @param latestScanTime      {@code start_latest_scan_time} / {@code end_latest_scan_time}
 * @param projectId           {@code project_id} of the path
 * @param enterpriseProjectId {@code enterprise_project_id} query parameter, null for the default
 * @param instanceId          {@code instance_id}: the SWR Enterprise instance of the listed images
 *                            ({@code image_type} {@code instance_image}); each image without an
 *                            instance of its own is in this one. Null for other images
 * @param gate                how results map to the build's outcome
 * @param waitOptions         whether and how long to wait
 * @param synchronize         whether a listed image that HSS does not list yet makes the run ask
 *                            HSS to synchronize its copy of the repository and wait for the image
 *                            before the trigger (see {@code docs/watching.md}, "Sync before scan")
 * @param api                 the HSS API the run triggers and follows its scans through; null for
 *                            {@link ScanApi#DEFAULT}
 * @param registry            the registry of the images, by its name (or id) as HSS shows it in
 *                            ListRegistry: required for {@code harbor} and {@code jfrog} images,
 *                            optional for SWR ones (checked against their type); newer image API
 *                            only. Null for none
 * @param inputProblems       text the builder could not read (reported by {@link #problems()})
 */
public record ScanSettings(
        String repoType,
        List<ImageRef> images,
        Boolean operateAll,
        String namespace,
        String imageName,
        String imageVersion,
        ImageType imageType,
        ScanStatus scanStatus,
        Boolean latestVersion,
        Long imageSize,
        TimeRange latestUpdateTime,
        TimeRange latestScanTime,
        String projectId,
        String enterpriseProjectId,
        String instanceId,
        GatePolicy gate,
        WaitOptions waitOptions,
        boolean synchronize,
        ScanApi api,
        String registry,
        List<SettingsProblem> inputProblems) {

    public ScanSettings {
        images = images.stream().map(image -> image.instanceId() == null && instanceId != null
                ? image.withInstance(instanceId, image.instanceUrl()) : image).toList();
        latestUpdateTime = Objects.requireNonNullElse(latestUpdateTime, TimeRange.OPEN);
        latestScanTime = Objects.requireNonNullElse(latestScanTime, TimeRange.OPEN);
        gate = Objects.requireNonNullElse(gate, GatePolicy.defaults());
        waitOptions = Objects.requireNonNullElse(waitOptions, WaitOptions.defaults());
        api = Objects.requireNonNullElse(api, ScanApi.DEFAULT);
        inputProblems = List.copyOf(inputProblems);
    }

    public static ScanSettingsBuilder builder() {
        return new ScanSettingsBuilder();
    }

    /** The settings {@code fields} give, as {@link ScanSettingsBuilder#fields} reads them. */
    public static ScanSettings of(ScanFields fields) {
        return builder().fields(fields).build();
    }

    public ScanSettingsBuilder toBuilder() {
        return new ScanSettingsBuilder(this);
    }

    /**
     * These settings in their text form: every field that is set, under its name. Read by
     * {@link ScanSettingsBuilder#fields} into equal settings, except text the builder could not
     * read (a problem keeps no value) and an image's own {@code instance_id} or
     * {@code instance_url}, which no face sets and the list's text does not carry.
     */
    public ScanFields fields() {
        ScanFields.Builder fields = ScanFields.builder();
        for (ScanField field : ScanField.values()) {
            fields.put(field.fieldName(), field.write(this));
        }
        return fields.build();
    }

    /** Whether the images are in an SWR Enterprise instance, which every call must name. */
    public boolean enterprise() {
        return imageType != null && imageType.isEnterprise();
    }

    /** These settings for another list of images (e.g. images resolved from a filter). */
    public ScanSettings withImages(List<ImageRef> replacement) {
        return toBuilder().images(replacement).build();
    }

    /** Every problem at once, each naming its field and the fix; empty when a request can be made. */
    public List<SettingsProblem> problems() {
        return new ScanSettingsCheck(this).problems();
    }

    /**
     * The request these settings describe.
     *
     * @throws InvalidSettingsException listing every problem, when there is any
     */
    public BatchScanRequest toRequest() {
        List<SettingsProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new BatchScanRequest(repoType, images, operateAll, namespace, imageName, imageVersion, imageType,
                scanStatus, latestVersion, imageSize, latestUpdateTime.start(), latestUpdateTime.end(),
                latestScanTime.start(), latestScanTime.end(), projectId, enterpriseProjectId, null);
    }
}
