package io.jenkins.plugins.hss.simulator;

import java.util.Objects;

/**
 * A registry HSS knows: SWR's private and shared repositories and each SWR Enterprise instance
 * are always there (derived from the images); Harbor, JFrog and other registries come from the
 * scenario. {@code id} is what {@code registry_id} carries in every newer call.
 */
public record Registry(String id, String name, RegistryType type, String address) {

    /** The account's SWR private repository, present in every simulation. */
    static final String SWR_PRIVATE_ID = "swr-private";
    /** Images other accounts share with this one. */
    static final String SWR_SHARED_ID = "swr-shared";

    public Registry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(address, "address");
    }

    public static Registry harbor(String id, String name, String address) {
        return new Registry(id, name, RegistryType.HARBOR, address);
    }

    public static Registry jfrog(String id, String name, String address) {
        return new Registry(id, name, RegistryType.JFROG, address);
    }

    /** A registry of the "Other" kind: listed, but the docs give its images no image_type. */
    public static Registry other(String id, String name, String address) {
        return new Registry(id, name, RegistryType.OTHER, address);
    }

    static Registry swrPrivate(String region) {
        return new Registry(SWR_PRIVATE_ID, "SWR private", RegistryType.SWR_PRIVATE, swrAddress(region));
    }

    static Registry swrShared(String region) {
        return new Registry(SWR_SHARED_ID, "SWR shared", RegistryType.SWR_SHARED, swrAddress(region));
    }

    /** An SWR Enterprise instance is a registry of its own; its id is the instance id. */
    static Registry swrEnterprise(String instanceId, String instanceName) {
        return new Registry(instanceId, instanceName, RegistryType.SWR_ENTERPRISE, enterpriseAddress(instanceId));
    }

    /** The download host of an enterprise instance, which {@code instance_url} starts with. */
    static String enterpriseAddress(String instanceId) {
        return "swr." + instanceId + ".example";
    }

    private static String swrAddress(String region) {
        return "swr." + region + ".myhuaweicloud.com";
    }
}
