package io.jenkins.plugins.hss.core.model;

import java.io.Serializable;
import java.util.Objects;

/**
 * The registry a run's images are in, as ListRegistry named it when the run resolved the
 * settings' {@code registry}: what the scan task's targets carry ({@code registry_id},
 * {@code registry_name}, {@code registry_type}), what the image list is filtered by, and what
 * keeps an image of this registry apart from a same-named one of another.
 *
 * @param id   ListRegistry's {@code id}, the rows' {@code registry_id}
 * @param name its {@code registry_name}, which ListRegistryImages filters by
 * @param type its {@code registry_type}
 */
public record ChosenRegistry(String id, String name, RegistryType type) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ChosenRegistry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** The registry type whose images have {@code imageType}. */
    public static RegistryType typeOf(ImageType imageType) {
        return switch (imageType) {
            case PRIVATE_IMAGE -> RegistryType.SWR_PRIVATE;
            case SHARED_IMAGE -> RegistryType.SWR_SHARED;
            case INSTANCE_IMAGE -> RegistryType.SWR_ENTERPRISE;
            case HARBOR -> RegistryType.HARBOR;
            case JFROG -> RegistryType.JFROG;
        };
    }

    @Override
    public String toString() {
        return name + " (" + type.wireName() + " " + id + ")";
    }
}
