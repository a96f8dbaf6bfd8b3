package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which repository an image lives in: the {@code image_type} of every HSS image call. The
 * batch-scan docs list the three SWR ones (Huawei's API reference, 2025-09 and later; SDK
 * 3.1.130's comment names the first two only); the newer image API adds Harbor and JFrog.
 */
public enum ImageType {
    /** An image of the tenant's own SWR organizations. */
    PRIVATE_IMAGE("private_image"),
    /** An image that another account shares with this one. */
    SHARED_IMAGE("shared_image"),
    /** An image of an SWR Enterprise instance, which every call names by its {@code instance_id}. */
    INSTANCE_IMAGE("instance_image"),
    /** An image of a Harbor registry HSS is connected to: the newer image API only, in the {@code registry} named. */
    HARBOR("harbor"),
    /** An image of a JFrog registry HSS is connected to: the newer image API only, in the {@code registry} named. */
    JFROG("jfrog");

    /** The values as the faces list them. */
    public static final String WIRE_NAMES = "private_image, shared_image, instance_image, harbor, jfrog";

    private final String wireName;

    ImageType(String wireName) {
        this.wireName = wireName;
    }

    /** The value on the wire, e.g. {@code private_image}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** Whether images of this type live in an SWR Enterprise instance, which every call must name. */
    public boolean isEnterprise() {
        return this == INSTANCE_IMAGE;
    }

    /**
     * Whether images of this type live in a registry other than SWR, which only the newer image
     * API lists, and which the settings' {@code registry} must name: one account may connect
     * several Harbor or JFrog registries, each with images of the same names.
     */
    public boolean isOtherRegistry() {
        return this == HARBOR || this == JFROG;
    }

    public static Optional<ImageType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
