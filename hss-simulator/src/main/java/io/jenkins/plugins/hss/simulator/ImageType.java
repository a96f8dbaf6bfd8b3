package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/** The repository an image lives in, as HSS names it on the wire. */
public enum ImageType implements WireNamed {
    PRIVATE_IMAGE("private_image"),
    SHARED_IMAGE("shared_image"),
    INSTANCE_IMAGE("instance_image"),
    LOCAL_IMAGE("local_image");

    private final String wireName;

    ImageType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<ImageType> fromWire(String value) {
        return WireNamed.fromWire(ImageType.class, value);
    }
}
