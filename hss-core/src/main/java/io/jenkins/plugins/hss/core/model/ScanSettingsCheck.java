package io.jenkins.plugins.hss.core.model;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** The validation rules of {@link ScanSettings}, applied together so every problem is reported. */
final class ScanSettingsCheck {

    /** RFC 3986 unreserved characters: the project id goes into the path unencoded, as the SDK sends it. */
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    private final ScanSettings settings;
    private final Problems problems = new Problems();

    ScanSettingsCheck(ScanSettings settings) {
        this.settings = settings;
    }

    List<SettingsProblem> problems() {
        problems.addAll(settings.inputProblems());
        checkKinds();
        checkSelection();
        checkEnterprise();
        checkFilters();
        checkProject();
        checkApi();
        checkRegistry();
        problems.addAll(settings.waitOptions().problems());
        return problems.list();
    }

    /** A filter the newer API has no place for would be dropped from its trigger: refused instead. */
    private void checkApi() {
        if (settings.api() == ScanApi.BATCH_SCAN) {
            settings.gate().thresholds().stream().filter(t -> t.metric() == FindingMetric.SEVERITY).findFirst()
                    .ifPresent(t -> problems.add("gate.thresholds", "api.severity_threshold", t));
        }
        if (settings.api() != ScanApi.BATCH_SCAN && settings.latestVersion() != null) {
            problems.add("latest_version", "api.latest_version", settings.api());
        }
        if (settings.api() != ScanApi.BATCH_SCAN && Boolean.TRUE.equals(settings.operateAll())
                && (settings.scanStatus() == ScanStatus.DOWNLOAD_FAILED || settings.scanStatus() == ScanStatus.IMAGE_OVERSIZED)) {
            problems.add("scan_status", "api.scan_status", settings.scanStatus(), settings.api());
        }
    }

    /**
     * Harbor and JFrog images are listed by the newer image API only, in the registry named; a
     * scan task's selection ({@code query_info}) cannot name a registry, so it would scan the
     * images of every registry of the type: refused.
     */
    private void checkRegistry() {
        ImageType type = settings.imageType();
        String registry = settings.registry();
        if (type != null && type.isOtherRegistry() && settings.api() != ScanApi.IMAGE_SCAN_TASKS) {
            problems.add("image_type", "image_type.newer_api_only", type, settings.api());
        }
        if (type != null && type.isOtherRegistry() && registry == null) {
            problems.add("registry", "registry.missing", type);
        }
        if (registry == null) {
            return;
        }
        if (settings.api() != ScanApi.IMAGE_SCAN_TASKS) {
            problems.add("registry", "registry.api", settings.api());
        }
        if (Boolean.TRUE.equals(settings.operateAll())) {
            problems.add("registry", "registry.operate_all");
        }
        filterLength("registry", registry, FieldLimits.REGISTRY_NAME_FILTER);
    }

    private void checkKinds() {
        if (settings.imageType() == null && !hasInputProblem("image_type")) {
            problems.add("image_type", "image_type.missing");
        }
        if (settings.repoType() != null && !"SWR".equals(settings.repoType())) {
            problems.add("repo_type", "repo_type.invalid", settings.repoType());
        }
        if (settings.scanStatus() == ScanStatus.WAITING_FOR_SCAN) {
            problems.add("scan_status", "scan_status.invalid", settings.scanStatus(), ScanSettingsBuilder.SCAN_STATUSES);
        }
    }

    private void checkSelection() {
        boolean all = Boolean.TRUE.equals(settings.operateAll());
        List<ImageRef> images = settings.images();
        if (images.isEmpty() && !all) {
            problems.add("image_info_list", "images.none");
        }
        if (!images.isEmpty() && all) {
            problems.add("operate_all", "images.both", images.size());
        }
        for (int i = 0; i < images.size(); i++) {
            ImageRef image = images.get(i);
            problems.addAll(image.problems("image_info_list[" + i + "]"));
            if (!Objects.equals(image.instanceId(), settings.instanceId())) {
                problems.addAll(image.instanceIdProblems("image_info_list[" + i + "]"));
            }
        }
        if (!images.isEmpty() && !all) {
            filtersBesideTheList(images.size());
        }
    }

    /**
     * The filter fields select images only for {@code operate_all} (the API: "if true, all filter
     * criteria can be used"). Beside an image list HSS ignores them, or would skip the listed
     * images they exclude: either way the request does not say what its sender meant, so it is
     * refused rather than sent. {@code latest_version=false} filters nothing and passes.
     */
    private void filtersBesideTheList(int listed) {
        filter("namespace", settings.namespace(), listed);
        filter("image_name", settings.imageName(), listed);
        filter("image_version", settings.imageVersion(), listed);
        filter("scan_status", settings.scanStatus(), listed);
        filter("latest_version", Boolean.TRUE.equals(settings.latestVersion()) ? true : null, listed);
        filter("image_size", settings.imageSize(), listed);
        filter("start_latest_update_time", settings.latestUpdateTime().start(), listed);
        filter("end_latest_update_time", settings.latestUpdateTime().end(), listed);
        filter("start_latest_scan_time", settings.latestScanTime().start(), listed);
        filter("end_latest_scan_time", settings.latestScanTime().end(), listed);
    }

    private void filter(String field, Object value, int listed) {
        if (value != null) {
            problems.add(field, "images.filter", listed);
        }
    }

    /**
     * An SWR Enterprise image is its instance's: every call names the instance, so an image of
     * type {@code instance_image} without one could only be refused by HSS, or scan nothing.
     * Other images have no instance. Batch scan has no instance filter for {@code operate_all}.
     * A run scans the images of one instance, which its every listing names.
     */
    private void checkEnterprise() {
        String instanceId = settings.instanceId();
        if (instanceId != null && !FieldLimits.isInstanceId(instanceId)) {
            problems.add("instance_id", "instance_id.invalid", instanceId);
        }
        List<ImageRef> images = settings.images();
        if (settings.enterprise()) {
            long without = images.stream().filter(image -> image.instanceId() == null).count();
            if (without > 0) {
                problems.add("instance_id", "instance_id.missing", without);
            }
            List<String> instances = images.stream().map(ImageRef::instanceId).filter(Objects::nonNull).distinct().toList();
            if (instances.size() > 1) {
                problems.add("instance_id", "instance_id.several", instances.size(), String.join(", ", instances));
            }
            if (instanceId != null && Boolean.TRUE.equals(settings.operateAll())) {
                problems.add("instance_id", "instance_id.operate_all");
            }
        } else if (settings.imageType() != null && (instanceId != null
                || images.stream().anyMatch(image -> image.instanceId() != null || image.instanceUrl() != null))) {
            problems.add("instance_id", "instance_id.not_enterprise", settings.imageType());
        }
    }

    private void checkFilters() {
        filterLength("namespace", settings.namespace(), FieldLimits.NAMESPACE_FILTER);
        filterLength("image_name", settings.imageName(), FieldLimits.IMAGE_NAME_FILTER);
        filterLength("image_version", settings.imageVersion(), FieldLimits.IMAGE_VERSION_FILTER);
        problems.addAll(settings.latestUpdateTime().problems("start_latest_update_time", "end_latest_update_time"));
        problems.addAll(settings.latestScanTime().problems("start_latest_scan_time", "end_latest_scan_time"));
        if (settings.imageSize() != null && settings.imageSize() < 0) {
            problems.add("image_size", "image_size.negative", settings.imageSize());
        }
    }

    /** A filter the run also lists the selection with: the image list's limit is the strictest. */
    private void filterLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(field, "filter.length", value.length(), max);
        }
    }

    private void checkProject() {
        String enterpriseProject = settings.enterpriseProjectId();
        if (enterpriseProject != null && enterpriseProject.length() > FieldLimits.ENTERPRISE_PROJECT_ID) {
            problems.add("enterprise_project_id", "enterprise_project_id.length", enterpriseProject.length(),
                    FieldLimits.ENTERPRISE_PROJECT_ID);
        }
        String projectId = settings.projectId();
        if (projectId == null) {
            problems.add("project_id", "project_id.missing");
        } else if (!URL_SAFE.matcher(projectId).matches()) {
            problems.add("project_id", "project_id.unsafe", projectId);
        }
    }

    private boolean hasInputProblem(String field) {
        return settings.inputProblems().stream().anyMatch(p -> p.field().equals(field));
    }
}
