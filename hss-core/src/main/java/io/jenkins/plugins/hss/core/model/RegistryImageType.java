package io.jenkins.plugins.hss.core.model;

/**
 * The {@code image_type} of a registry image in the newer image API (ListRegistryImages, a scan
 * task's {@code query_info}): the two SWR repositories of the older API and the registries HSS
 * reaches beside them.
 */
public enum RegistryImageType implements WireValue {
    /** The account's own SWR images. */
    PRIVATE_IMAGE,
    /** SWR images another account shares with this one. */
    SHARED_IMAGE,
    /** Images of an SWR Enterprise instance. */
    INSTANCE_IMAGE,
    /** Images of a Harbor registry HSS is connected to. */
    HARBOR,
    /** Images of a JFrog registry HSS is connected to. */
    JFROG;

    @Override
    public String wireName() {
        return WireValue.snakeCase(this);
    }
}
