package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.io.Serializable;
import java.util.Objects;

/**
 * What identifies an image in HSS's image list: type, namespace, name and tag; for an SWR
 * Enterprise image its instance (one tag may be in several instances, each a different image);
 * for a Harbor or JFrog image its registry (an account may connect several, with images of the
 * same names).
 *
 * @param instanceId   the {@code instance_id} of an {@code instance_image}, null for other types
 * @param registryId   the {@code registry_id} of a {@code harbor} or {@code jfrog} image, null for SWR ones
 * @param registryName its {@code registry_name}, which the image list is filtered by; null for SWR images
 */
public record ImageKey(String imageType, String namespace, String imageName, String imageVersion, String instanceId,
                       String registryId, String registryName) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImageKey {
        Objects.requireNonNull(imageType, "imageType");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(imageName, "imageName");
        Objects.requireNonNull(imageVersion, "imageVersion");
    }

    /** The key of an image of an SWR repository, or of an SWR Enterprise instance. */
    public ImageKey(String imageType, String namespace, String imageName, String imageVersion, String instanceId) {
        this(imageType, namespace, imageName, imageVersion, instanceId, null, null);
    }

    /** The key of an image of the SWR private or shared repository. */
    public ImageKey(String imageType, String namespace, String imageName, String imageVersion) {
        this(imageType, namespace, imageName, imageVersion, null);
    }

    /** The key of a listed image; {@code imageType} fills in when the list item leaves it out. */
    public static ImageKey of(SwrImage image, String imageType) {
        String type = image.imageType() == null ? imageType : image.imageType();
        boolean registry = otherRegistry(type);
        return new ImageKey(type, image.namespace(), image.imageName(), image.imageVersion(),
                enterprise(type) ? image.instanceId() : null, registry ? image.registryId() : null,
                registry ? image.registryName() : null);
    }

    /** The key of an image {@code request} lists, in the registry the request names for Harbor and JFrog images. */
    public static ImageKey of(ImageRef ref, BatchScanRequest request) {
        String imageType = request.imageType().wireName();
        ChosenRegistry registry = otherRegistry(imageType) ? request.registry() : null;
        return new ImageKey(imageType, ref.namespace(), ref.name(), ref.tag(),
                enterprise(imageType) ? ref.instanceId() : null, registry == null ? null : registry.id(),
                registry == null ? null : registry.name());
    }

    /** {@code namespace/name:tag}. */
    public String reference() {
        return namespace + "/" + imageName + ":" + imageVersion;
    }

    private static boolean enterprise(String imageType) {
        return ImageType.fromWire(imageType).map(ImageType::isEnterprise).orElse(false);
    }

    private static boolean otherRegistry(String imageType) {
        return ImageType.fromWire(imageType).map(ImageType::isOtherRegistry).orElse(false);
    }
}
