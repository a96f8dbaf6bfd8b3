package io.jenkins.plugins.hss.simulator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The registries HSS knows and which one each image lives in: SWR private and shared always,
 * one SWR Enterprise registry per instance that has images (its id is the instance id), and the
 * scenario's Harbor, JFrog and other registries.
 */
final class Registries {

    private final Registry swrPrivate;
    private final Registry swrShared;
    private final Map<String, Registry> configured = new LinkedHashMap<>();

    Registries(String region, List<Registry> scenarioRegistries) {
        this.swrPrivate = Registry.swrPrivate(region);
        this.swrShared = Registry.swrShared(region);
        scenarioRegistries.forEach(registry -> configured.put(registry.id(), registry));
    }

    /** Scenario registries are Harbor, JFrog or other, with unique ids, and every such image names one of its type. */
    static void requireConsistent(List<Registry> registries, List<ScenarioImage> images) {
        Map<String, Registry> byId = new HashMap<>();
        for (Registry registry : registries) {
            if (registry.type() == RegistryType.SWR_PRIVATE || registry.type() == RegistryType.SWR_SHARED
                    || registry.type() == RegistryType.SWR_ENTERPRISE) {
                throw new IllegalArgumentException("registry " + registry.id()
                        + ": SWR registries are implicit (enterprise ones come from the images' instances)");
            }
            if (byId.put(registry.id(), registry) != null || registry.id().equals(Registry.SWR_PRIVATE_ID)
                    || registry.id().equals(Registry.SWR_SHARED_ID)) {
                throw new IllegalArgumentException("registry id " + registry.id() + " is used twice");
            }
        }
        for (ScenarioImage image : images) {
            requireRegistry(byId, image);
        }
    }

    static void requireRegistry(Map<String, Registry> byId, ScenarioImage image) {
        String id = image.details().registryId();
        if (id == null) {
            return;
        }
        Registry registry = byId.get(id);
        RegistryType expected = image.type() == ImageType.HARBOR ? RegistryType.HARBOR : RegistryType.JFROG;
        if (registry == null || registry.type() != expected) {
            throw new IllegalArgumentException(image.ref() + ": no " + expected.wireName() + " registry " + id
                    + " in the scenario");
        }
    }

    void requireRegistry(ScenarioImage image) {
        requireRegistry(configured, image);
    }

    /** The id of the registry an image is listed under; null for local images, which live on hosts. */
    static String idOf(ScenarioImage image) {
        return switch (image.type()) {
            case PRIVATE_IMAGE -> Registry.SWR_PRIVATE_ID;
            case SHARED_IMAGE -> Registry.SWR_SHARED_ID;
            case INSTANCE_IMAGE -> image.instanceId();
            case HARBOR, JFROG -> image.details().registryId();
            case LOCAL_IMAGE -> null;
        };
    }

    /** The registry an image is listed under; empty for local images. */
    Optional<Registry> of(ScenarioImage image) {
        return switch (image.type()) {
            case PRIVATE_IMAGE -> Optional.of(swrPrivate);
            case SHARED_IMAGE -> Optional.of(swrShared);
            case INSTANCE_IMAGE -> Optional.of(Registry.swrEnterprise(image.instanceId(), image.instanceName()));
            case HARBOR, JFROG -> Optional.of(configured.get(image.details().registryId()));
            case LOCAL_IMAGE -> Optional.empty();
        };
    }

    /** Every registry, SWR first, then enterprise instances in the order their images appear. */
    List<Registry> all(List<ImageRecord> records) {
        List<Registry> all = new ArrayList<>(List.of(swrPrivate, swrShared));
        Set<String> instances = new HashSet<>();
        for (ImageRecord record : records) {
            ScenarioImage image = record.image();
            if (image.type() == ImageType.INSTANCE_IMAGE && instances.add(image.instanceId())) {
                all.add(Registry.swrEnterprise(image.instanceId(), image.instanceName()));
            }
        }
        all.addAll(configured.values());
        return all;
    }
}
