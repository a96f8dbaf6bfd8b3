package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.io.Serializable;
import java.util.Objects;

/** What identifies an image in the SWR repository list: type, namespace, name and tag. */
public record ImageKey(String imageType, String namespace, String imageName, String imageVersion)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ImageKey {
        Objects.requireNonNull(imageType, "imageType");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(imageName, "imageName");
        Objects.requireNonNull(imageVersion, "imageVersion");
    }

    /** The key of a listed image; {@code imageType} fills in when the list item leaves it out. */
    public static ImageKey of(SwrImage image, String imageType) {
        return new ImageKey(image.imageType() == null ? imageType : image.imageType(),
                image.namespace(), image.imageName(), image.imageVersion());
    }

    /** The key of a requested image. */
    public static ImageKey of(ImageRef ref, String imageType) {
        return new ImageKey(imageType, ref.namespace(), ref.name(), ref.tag());
    }

    /** {@code namespace/name:tag}. */
    public String reference() {
        return namespace + "/" + imageName + ":" + imageVersion;
    }
}
