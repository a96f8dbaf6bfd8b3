package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.io.Serializable;
import java.util.Objects;

/**
 * What identifies an image in the SWR repository list: type, namespace, name and tag, and for an
 * SWR Enterprise image its instance (one tag may be in several instances, each a different image).
 *
 * @param instanceId the {@code instance_id} of an {@code instance_image}, null for other types
 */
public record ImageKey(String imageType, String namespace, String imageName, String imageVersion, String instanceId)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImageKey {
        Objects.requireNonNull(imageType, "imageType");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(imageName, "imageName");
        Objects.requireNonNull(imageVersion, "imageVersion");
    }

    /** The key of an image of the SWR private or shared repository. */
    public ImageKey(String imageType, String namespace, String imageName, String imageVersion) {
        this(imageType, namespace, imageName, imageVersion, null);
    }

    /** The key of a listed image; {@code imageType} fills in when the list item leaves it out. */
    public static ImageKey of(SwrImage image, String imageType) {
        String type = image.imageType() == null ? imageType : image.imageType();
        return new ImageKey(type, image.namespace(), image.imageName(), image.imageVersion(),
                enterprise(type) ? image.instanceId() : null);
    }

    /** The key of a requested image. */
    public static ImageKey of(ImageRef ref, String imageType) {
        return new ImageKey(imageType, ref.namespace(), ref.name(), ref.tag(),
                enterprise(imageType) ? ref.instanceId() : null);
    }

    /** {@code namespace/name:tag}. */
    public String reference() {
        return namespace + "/" + imageName + ":" + imageVersion;
    }

    private static boolean enterprise(String imageType) {
        return ImageType.fromWire(imageType).map(ImageType::isEnterprise).orElse(false);
    }
}
