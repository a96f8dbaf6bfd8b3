package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ScanFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** What to scan: a list of images, or every image that the filters select; every batch-scan field. */
final class TargetOptions {

    @SettingsField("image_info_list")
    @Option(names = {"-i", "--image"}, paramLabel = "NS/NAME:TAG",
            description = "An image to scan, written namespace/name:tag; repeat for several (API: image_info_list).")
    List<String> images = new ArrayList<>();

    @SettingsField("image_info_list")
    @Option(names = "--images-file", paramLabel = "FILE",
            description = "A file of images to scan, one namespace/name:tag a line (or separated by commas or "
                    + "semicolons; spaces do not separate images); # starts a comment (API: image_info_list).")
    String imagesFile;

    @SettingsField("instance_id")
    @Option(names = "--instance-id", paramLabel = "ID",
            description = "With --image-type instance_image: the SWR Enterprise instance the listed images are in, "
                    + "for every image of -i and --images-file (API: instance_id of each image_info_list item).")
    String instanceId;

    @SettingsField("synchronize")
    @Option(names = "--sync", negatable = true, defaultValue = "true", fallbackValue = "true", arity = "0..1",
            paramLabel = "BOOLEAN",
            description = "When HSS does not list an image yet (pushed since its last refresh), ask HSS to sync "
                    + "its copy of the repository, wait for the image, at most 5 minutes, and trigger it. "
                    + "On by default; --no-sync (or --sync=false) reports such an image as not found at once.")
    boolean synchronize = true;

    @SettingsField("api")
    @Option(names = "--api", paramLabel = "API",
            description = "The HSS API to trigger and follow the scans through: batch-scan (the default: POST "
                    + "image/batch-scan and GET image/swr-repository, deprecated by Huawei in 2026 and still served), "
                    + "image-scan-tasks (their replacement: CreateManualImageScanTask and ListRegistryImages), or auto "
                    + "(image-scan-tasks where the service offers it, else batch-scan; one ListRegistry call tells).")
    String api;

    @SettingsField("registry")
    @Option(names = "--registry", paramLabel = "NAME",
            description = "With --api image-scan-tasks: the registry the images are in, by its name as HSS shows it "
                    + "(or its id): required for --image-type harbor or jfrog, optional for SWR images (checked "
                    + "against their type). One ListRegistry call resolves it before anything is triggered; a name "
                    + "HSS does not know, or that names several registries, fails listing the names HSS knows.")
    String registry;

    @SettingsField("operate_all")
    @Option(names = "--all", description = "Scan every image the filters select instead of a list (API: operate_all).")
    boolean operateAll;

    @SettingsField("image_type")
    @Option(names = "--image-type", paramLabel = "TYPE",
            description = "(API: image_type) private_image, shared_image or instance_image (SWR Enterprise, with "
                    + "--instance-id); with --api image-scan-tasks also harbor or jfrog (with --registry). Required, "
                    + "as in the API.")
    String imageType;

    @SettingsField("repo_type")
    @Option(names = "--repo-type", paramLabel = "TYPE", description = "The repository type, SWR (API: repo_type).")
    String repoType;

    @SettingsField("namespace")
    @Option(names = "--namespace", paramLabel = "ORG", description = "Filter: the SWR organization (API: namespace).")
    String namespace;

    @SettingsField("image_name")
    @Option(names = "--image-name", paramLabel = "NAME", description = "Filter: the image name (API: image_name).")
    String imageName;

    @SettingsField("image_version")
    @Option(names = "--image-version", paramLabel = "TAG", description = "Filter: the tag (API: image_version).")
    String imageVersion;

    @SettingsField("scan_status")
    @Option(names = "--scan-status", paramLabel = "STATUS",
            description = "Filter: unscan, success, scanning, failed, download_failed or image_oversized (API: scan_status).")
    String scanStatus;

    @SettingsField("latest_version")
    @Option(names = "--latest-version", description = "Filter: only the latest version of each image (API: latest_version).")
    boolean latestVersion;

    @SettingsField("image_size")
    @Option(names = "--image-size", paramLabel = "BYTES", description = "Filter: the image size in bytes (API: image_size).")
    String imageSize;

    @SettingsField("start_latest_update_time")
    @Option(names = "--updated-after", paramLabel = "TIME",
            description = "Filter: updated at or after TIME, epoch milliseconds or ISO-8601 like 2026-01-31T12:00:00Z "
                    + "(API: start_latest_update_time).")
    String updatedAfter;

    @SettingsField("end_latest_update_time")
    @Option(names = "--updated-before", paramLabel = "TIME",
            description = "Filter: updated at or before TIME (API: end_latest_update_time).")
    String updatedBefore;

    @SettingsField("start_latest_scan_time")
    @Option(names = "--scanned-after", paramLabel = "TIME",
            description = "Filter: last scanned at or after TIME (API: start_latest_scan_time).")
    String scannedAfter;

    @SettingsField("end_latest_scan_time")
    @Option(names = "--scanned-before", paramLabel = "TIME",
            description = "Filter: last scanned at or before TIME (API: end_latest_scan_time).")
    String scannedBefore;

    @SettingsField("enterprise_project_id")
    @Option(names = "--enterprise-project-id", paramLabel = "ID",
            description = "The enterprise project, all_granted_eps for all of them (API: enterprise_project_id).")
    String enterpriseProjectId;

    /** Whether the user said what to scan: a list, a file or every image the filters select. */
    boolean choosesImages() {
        return !images.isEmpty() || imagesFile != null || operateAll;
    }

    /** Whether the user said which repository the images are in, own or shared. */
    boolean choosesImageType() {
        return imageType != null;
    }

    /** The scan's fields these options set; the images of -i and --images-file one a line. */
    void putTo(ScanFields.Builder fields, Shell shell) {
        List<String> references = new ArrayList<>(images);
        if (imagesFile != null) {
            references.addAll(ImageRef.splitList(readImagesFile(shell.resolve(imagesFile))));
        }
        fields.put("image_info_list", references)
                .put("operate_all", operateAll ? Boolean.TRUE : null)
                .put("image_type", imageType)
                .put("repo_type", repoType)
                .put("namespace", namespace)
                .put("image_name", imageName)
                .put("image_version", imageVersion)
                .put("scan_status", scanStatus)
                .put("latest_version", latestVersion ? Boolean.TRUE : null)
                .put("image_size", imageSize)
                .put("start_latest_update_time", updatedAfter)
                .put("end_latest_update_time", updatedBefore)
                .put("start_latest_scan_time", scannedAfter)
                .put("end_latest_scan_time", scannedBefore)
                .put("enterprise_project_id", enterpriseProjectId)
                .put("instance_id", instanceId)
                .put("synchronize", synchronize)
                .put("api", api)
                .put("registry", registry);
    }

    /** Whether the command line names a registry. */
    boolean choosesRegistry() {
        return registry != null;
    }

    /** The file's text; the engine reads the list in it, as it reads a job parameter's. */
    private static String readImagesFile(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new InvalidInput("cannot read the images file " + file + ": " + e.getMessage());
        }
    }
}
