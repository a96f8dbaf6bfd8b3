package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Optional;

/**
 * One registry HSS knows, as ListRegistry reports it ({@code RegistryInfo}, SDK 3.1.212): SWR's
 * private and shared repositories, each SWR Enterprise instance, and the Harbor, JFrog and other
 * registries connected to HSS. Fields the service left out are null; enumerations stay text.
 *
 * @param id     what the registry images' {@code registry_id} and a sync task's
 *               {@code registry_info.registry_id} name
 * @param status {@code success} when HSS reaches the registry (see {@link #connection()})
 */
public record Registry(
        String id,
        String registryName,
        String registryType,
        String apiVersion,
        String protocol,
        String registryAddr,
        String registryUsername,
        String namespace,
        String connectClusterId,
        // Named outright: a component starting with "get" would read as a getter of "scan_image_channel".
        @JsonProperty("get_scan_image_channel") String getScanImageChannel,
        String status,
        String failReason,
        Integer imagesNum,
        Long latestSyncTime) {

    /** The registry's kind as a known value; empty for a value this version does not know. */
    public Optional<RegistryType> type() {
        return WireValue.fromWire(RegistryType.class, registryType);
    }

    /** Whether HSS reaches it, as a known value; empty for a value this version does not know. */
    public Optional<RegistryStatus> connection() {
        return WireValue.fromWire(RegistryStatus.class, status);
    }
}
