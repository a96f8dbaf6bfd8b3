package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.RequestCheck;
import io.jenkins.plugins.hss.core.model.SeverityLevel;
import io.jenkins.plugins.hss.core.model.WireValue;
import java.util.List;

/**
 * The baseline results of images (ListImageRiskConfigs, SDK 3.1.212 {@code ListImageRiskConfigsRequest});
 * offset and limit are given per call. HSS answers a value outside the documented ones with an
 * empty list, which would read as "no failed check": the types make such values impossible, and
 * the fields HSS would ignore are refused.
 *
 * @param imageType which images (required)
 * @param imageId   one image, by its row's {@code image_id}; HSS then ignores name and version
 * @param imageName fuzzy
 * @param severity  High, Medium, Low or Security
 */
public record RiskConfigQuery(
        ImageScope imageType,
        String namespace,
        String imageName,
        String imageVersion,
        String imageId,
        String checkName,
        SeverityLevel severity,
        Standard standard,
        String instanceId,
        String enterpriseProjectId) {

    static final String API = "ListImageRiskConfigs";

    /** {@code image_type}: the registry images of one SWR repository, or of every registry. */
    public enum ImageScope implements WireValue {
        PRIVATE_IMAGE,
        SHARED_IMAGE,
        INSTANCE_IMAGE,
        /** Every registry image (Harbor and JFrog images too). */
        REGISTRY;

        @Override
        public String wireName() {
            return WireValue.snakeCase(this);
        }
    }

    /** {@code standard}: the compliance standard or the cloud security practice. */
    public enum Standard implements WireValue {
        CN_STANDARD,
        HW_STANDARD;

        @Override
        public String wireName() {
            return WireValue.snakeCase(this);
        }
    }

    /** @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException naming each field HSS would refuse or ignore */
    public RiskConfigQuery {
        namespace = RequestCheck.blankToNull(namespace);
        imageName = RequestCheck.blankToNull(imageName);
        imageVersion = RequestCheck.blankToNull(imageVersion);
        imageId = RequestCheck.blankToNull(imageId);
        checkName = RequestCheck.blankToNull(checkName);
        instanceId = RequestCheck.blankToNull(instanceId);
        enterpriseProjectId = RequestCheck.blankToNull(enterpriseProjectId);
        RequestCheck check = new RequestCheck(API).required("image_type", imageType).length("image_id", imageId, 128)
                .length("enterprise_project_id", enterpriseProjectId, 256)
                .oneOf("severity", severity, SeverityLevel.IMAGE_LEVELS);
        if (imageId != null) {
            check.ignored("image_name", imageName, "request.ignored.beside_image_id")
                    .ignored("image_version", imageVersion, "request.ignored.beside_image_id");
        } else if (imageName == null) {
            check.ignored("image_version", imageVersion, "request.ignored.without_image_name");
        }
        if (imageType != ImageScope.PRIVATE_IMAGE && imageType != ImageScope.SHARED_IMAGE) {
            check.ignored("namespace", namespace, "request.ignored.not_swr");
        }
        check.orThrow();
    }

    /** The baseline results of one image, by its row's {@code image_id}. */
    public static RiskConfigQuery ofImage(ImageScope imageType, String imageId) {
        return new RiskConfigQuery(imageType, null, null, null, imageId, null, null, null, null, null);
    }

    /** The query string of one page, in the SDK's declaration order. */
    public List<QueryParameters.Parameter> parameters(int offset, int limit) {
        return new QueryParameters()
                .add("enterprise_project_id", enterpriseProjectId).add("image_type", imageType)
                .add("offset", offset).add("limit", limit).add("namespace", namespace).add("image_name", imageName)
                .add("image_version", imageVersion).add("image_id", imageId).add("check_name", checkName)
                .add("severity", severity).add("standard", standard).add("instance_id", instanceId)
                .list();
    }
}
