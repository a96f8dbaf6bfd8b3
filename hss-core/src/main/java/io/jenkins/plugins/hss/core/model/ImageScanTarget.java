package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One image a scan task is to scan: an item of CreateManualImageScanTask's {@code image_info}
 * ({@code CreateManualImageScanTaskReqInfoImageInfo}, SDK 3.1.212, fields in its order). The docs
 * make every field optional and do not say which name the image; an item names one by its record
 * {@code id}, its {@code image_id}, or its namespace, name and version, and an item with none of
 * them is refused, since it could only scan nothing. {@link #of(RegistryImage)} copies them all
 * from a row of the registry image list.
 *
 * @param id the row's record id ({@code RegistryImage.id}), not its {@code image_id}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "image_id", "image_digest", "registry_id", "registry_name", "image_name", "image_version",
    "namespace", "instance_id", "instance_url", "registry_type"})
public record ImageScanTarget(
        Long id,
        String imageId,
        String imageDigest,
        String registryId,
        String registryName,
        String imageName,
        String imageVersion,
        String namespace,
        String instanceId,
        String instanceUrl,
        String registryType) {

    public ImageScanTarget {
        imageId = RequestCheck.blankToNull(imageId);
        imageDigest = RequestCheck.blankToNull(imageDigest);
        registryId = RequestCheck.blankToNull(registryId);
        registryName = RequestCheck.blankToNull(registryName);
        imageName = RequestCheck.blankToNull(imageName);
        imageVersion = RequestCheck.blankToNull(imageVersion);
        namespace = RequestCheck.blankToNull(namespace);
        instanceId = RequestCheck.blankToNull(instanceId);
        instanceUrl = RequestCheck.blankToNull(instanceUrl);
        registryType = RequestCheck.blankToNull(registryType);
    }

    /** The listed image, named by every field the row gives, so that HSS cannot take it for another. */
    public static ImageScanTarget of(RegistryImage row) {
        return new ImageScanTarget(row.id(), row.imageId(), row.imageDigest(), row.registryId(), row.registryName(),
                row.imageName(), row.imageVersion(), row.namespace(), row.instanceId(), row.instanceUrl(),
                row.registryType());
    }

    /** What is wrong with this item, which stands in the request as {@code field}. */
    List<SettingsProblem> problems(String field) {
        RequestCheck check = new RequestCheck(ImageScanTaskRequest.API).range(field + ".id", id, 0, Long.MAX_VALUE);
        if (id == null && imageId == null && (namespace == null || imageName == null || imageVersion == null)) {
            check.problem(field, "scan_task.unnamed");
        }
        return check.problems();
    }
}
