package io.jenkins.plugins.hss.core.model;

/**
 * Registry images or images on hosts: the {@code global_image_type} of the task calls, and the
 * {@code image_type} of a task row.
 */
public enum GlobalImageType implements WireValue {
    /** Images in the registries HSS knows (SWR, SWR Enterprise, Harbor, JFrog). */
    REGISTRY,
    /** Images on the hosts HSS protects. */
    LOCAL;

    @Override
    public String wireName() {
        return WireValue.snakeCase(this);
    }
}
