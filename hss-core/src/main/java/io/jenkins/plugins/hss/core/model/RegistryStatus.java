package io.jenkins.plugins.hss.core.model;

/** Whether HSS reaches a registry ({@code status} of ListRegistry): only a connected one has images to scan. */
public enum RegistryStatus implements WireValue {
    /** Connected. */
    SUCCESS,
    /** The connection failed ({@code fail_reason} says why). */
    FAIL,
    /** Being connected. */
    ACCESSING;

    @Override
    public String wireName() {
        return WireValue.snakeCase(this);
    }
}
