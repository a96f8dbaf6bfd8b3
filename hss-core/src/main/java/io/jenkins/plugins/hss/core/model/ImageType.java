package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Which SWR repository an image lives in: the {@code image_type} of every HSS image call. */
public enum ImageType {
    /** An image of the tenant's own SWR organizations. */
    PRIVATE_IMAGE("private_image"),
    /** An image that another account shares with this one. */
    SHARED_IMAGE("shared_image");

    private final String wireName;

    ImageType(String wireName) {
        this.wireName = wireName;
    }

    /** The value on the wire, e.g. {@code private_image}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    public static Optional<ImageType> fromWire(String value) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(value)).findFirst();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
