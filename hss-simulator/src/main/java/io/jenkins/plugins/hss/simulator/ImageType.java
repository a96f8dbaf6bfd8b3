package io.jenkins.plugins.hss.simulator;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The repository an image lives in, as HSS names it on the wire. */
public enum ImageType implements WireNamed {
    PRIVATE_IMAGE("private_image"),
    SHARED_IMAGE("shared_image"),
    INSTANCE_IMAGE("instance_image"),
    LOCAL_IMAGE("local_image"),
    /** An image of a Harbor registry that HSS is connected to (newer API only). */
    HARBOR("harbor"),
    /** An image of a JFrog registry that HSS is connected to (newer API only). */
    JFROG("jfrog");

    /** The types the deprecated swr-repository and vulnerability calls of SDK 3.1.130 know. */
    static final Set<ImageType> SWR_TYPES = EnumSet.of(PRIVATE_IMAGE, SHARED_IMAGE, INSTANCE_IMAGE, LOCAL_IMAGE);

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
