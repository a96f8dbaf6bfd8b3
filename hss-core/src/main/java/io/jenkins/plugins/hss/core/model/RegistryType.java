package io.jenkins.plugins.hss.core.model;

/** The {@code registry_type} of a registry HSS knows (ListRegistry, registry images, scan and sync tasks). */
public enum RegistryType implements WireValue {
    SWR_PRIVATE,
    SWR_SHARED,
    SWR_ENTERPRISE,
    HARBOR,
    JFROG,
    OTHER;

    /** {@code SwrPrivate}, {@code Harbor}, {@code Jfrog}, ... */
    @Override
    public String wireName() {
        return WireValue.camelCase(this, true);
    }
}
