package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/** The kinds of registry HSS connects to ({@code registry_type}, SDK 3.1.212 {@code RegistryInfo}). */
public enum RegistryType implements WireNamed {
    SWR_PRIVATE("SwrPrivate"),
    SWR_SHARED("SwrShared"),
    SWR_ENTERPRISE("SwrEnterprise"),
    HARBOR("Harbor"),
    JFROG("Jfrog"),
    OTHER("Other");

    private final String wireName;

    RegistryType(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    public static Optional<RegistryType> fromWire(String value) {
        return WireNamed.fromWire(RegistryType.class, value);
    }
}
