package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.client.RegistryImageQuery;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageScanSelection;
import io.jenkins.plugins.hss.core.model.ImageScanTarget;
import io.jenkins.plugins.hss.core.model.ImageScanTaskRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.RegistryImage;
import io.jenkins.plugins.hss.core.model.RegistryImageType;
import io.jenkins.plugins.hss.core.model.ScanScope;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.TimeRange;
import java.util.EnumSet;
import java.util.Set;

/**
 * The settings' trigger and the watcher's queries and rows, in the newer image API's words: a
 * batch scan as a scan task (CreateManualImageScanTask), a repository query as a registry image
 * query, a registry image row as the older row it extends. Nothing is dropped: a setting the
 * newer API has no place for is refused by the settings' check before a run starts.
 */
public final class NewerApiTranslation {

    /**
     * What the gate and the report read of every image: its vulnerabilities, failed baseline
     * checks and malicious files. A narrower scope would leave a count the report shows, and a
     * threshold may test, at a value no scan produced; sensitive information and compliance are
     * read by nothing here, so they are not scanned for.
     */
    static final Set<ScanScope> GATE_SCOPE = EnumSet.of(ScanScope.VULNERABILITIES, ScanScope.BASELINE,
            ScanScope.MALWARE);

    private NewerApiTranslation() {
    }

    /** The scan task of {@code body}: its images named by type, names and instance, or its selection with {@code is_all}. */
    public static ImageScanTaskRequest scanTask(BatchScanRequest body) {
        ImageScanTaskRequest.Builder task = body.selectsByFilter()
                ? ImageScanTaskRequest.selecting(selection(body))
                : ImageScanTaskRequest.of(body.images().stream().map(ref -> target(ref, body)).toList());
        return task.scanScope(GATE_SCOPE).enterpriseProjectId(body.enterpriseProjectId()).build();
    }

    /** The registry image query of {@code query}, with every filter it sets. */
    static RegistryImageQuery query(SwrImageQuery query) {
        return RegistryImageQuery.builder()
                .imageType(registryImageType(query.imageType()))
                .namespace(query.namespace())
                .imageName(query.imageName())
                .imageVersion(query.imageVersion())
                .latestVersion(query.latestVersion())
                .scanStatus(query.scanStatus())
                .instanceName(query.instanceName())
                .imageSize(query.imageSize())
                .latestUpdateTime(new TimeRange(query.startLatestUpdateTime(), query.endLatestUpdateTime()))
                .latestScanTime(new TimeRange(query.startLatestScanTime(), query.endLatestScanTime()))
                .hasMaliciousFile(query.hasMaliciousFile())
                .hasUnsafeSetting(query.hasUnsafeSetting())
                .hasVul(query.hasVul())
                .instanceId(query.instanceId())
                .registryName(query.registryName())
                .enterpriseProjectId(query.enterpriseProjectId())
                .build();
    }

    /** The older row within a registry image row: the same 23 fields, the same meaning, and the image's severity. */
    static SwrImage row(RegistryImage row) {
        return new SwrImage(row.id(), row.namespace(), row.imageName(), row.imageId(), row.imageDigest(),
                row.imageVersion(), row.imageType(), row.latestVersion(), row.scanStatus(), row.scanFailedDesc(),
                row.imageSize(), row.latestUpdateTime(), row.latestScanTime(), row.vulNum(), row.unsafeSettingNum(),
                row.maliciousFileNum(), row.domainName(), row.sharedStatus(), row.scannable(), row.instanceName(),
                row.instanceId(), row.instanceUrl(), row.associationImages().stream()
                        .map(image -> new SwrImage.AssociatedImage(image.imageName(), image.imageVersion(),
                                image.imageType(), image.namespace(), image.imageDigest(), image.scanStatus()))
                        .toList(), row.severityLevel(), row.registryId(),
                row.registryName());
    }

    /**
     * An image of the list by its names, its instance, and its registry: the one the run resolved
     * (id, name and type), else the registry of its type, so that a shared image is not taken for
     * the account's own of the same name, nor a Harbor image for one of another Harbor registry.
     */
    private static ImageScanTarget target(ImageRef ref, BatchScanRequest body) {
        ChosenRegistry registry = body.registry();
        return new ImageScanTarget(null, null, null, registry == null ? null : registry.id(),
                registry == null ? null : registry.name(), ref.name(), ref.tag(), ref.namespace(),
                ref.instanceId(), ref.instanceUrl(), ChosenRegistry.typeOf(body.imageType()).wireName());
    }

    private static ImageScanSelection selection(BatchScanRequest body) {
        return ImageScanSelection.builder()
                .namespace(body.namespace())
                .imageName(body.imageName())
                .imageVersion(body.imageVersion())
                .imageType(registryImageType(body.imageType()))
                .scanStatus(body.scanStatus())
                .imageSize(body.imageSize())
                .latestUpdateTime(new TimeRange(body.startLatestUpdateTime(), body.endLatestUpdateTime()))
                .latestScanTime(new TimeRange(body.startLatestScanTime(), body.endLatestScanTime()))
                .build();
    }

    private static RegistryImageType registryImageType(ImageType type) {
        return switch (type) {
            case PRIVATE_IMAGE -> RegistryImageType.PRIVATE_IMAGE;
            case SHARED_IMAGE -> RegistryImageType.SHARED_IMAGE;
            case INSTANCE_IMAGE -> RegistryImageType.INSTANCE_IMAGE;
            case HARBOR -> RegistryImageType.HARBOR;
            case JFROG -> RegistryImageType.JFROG;
        };
    }
}
