package io.jenkins.plugins.hss.core.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A validated refresh of HSS's copy of registries, so that it lists images pushed since: the body
 * of CreateImageSynchronizeTask ({@code POST /v5/{project_id}/image/image-sync/tasks},
 * {@code CreateImageSynchronizeTaskRequestInfo} of SDK 3.1.212) and its
 * {@code enterprise_project_id}. Every registry, or those listed.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"sync_all_registries", "registry_info"})
public record ImageSyncRequest(
        Boolean syncAllRegistries,
        List<RegistryRef> registryInfo,
        @JsonIgnore String enterpriseProjectId) {

    static final String API = "CreateImageSynchronizeTask";
    /** ListRegistry's bound of a registry id. */
    private static final int MAX_REGISTRY_ID = 64;
    private static final int MAX_ENTERPRISE_PROJECT = 256;

    /** @throws InvalidSettingsException naming every problem */
    public ImageSyncRequest {
        registryInfo = registryInfo == null || registryInfo.isEmpty() ? null : List.copyOf(registryInfo);
        enterpriseProjectId = RequestCheck.blankToNull(enterpriseProjectId);
        boolean all = Boolean.TRUE.equals(syncAllRegistries);
        RequestCheck check = new RequestCheck(API).length("enterprise_project_id", enterpriseProjectId,
                MAX_ENTERPRISE_PROJECT);
        if (registryInfo == null && !all) {
            check.problem("registry_info", "sync_task.nothing");
        }
        if (registryInfo != null && all) {
            check.problem("sync_all_registries", "sync_task.both", registryInfo.size());
        }
        for (int i = 0; registryInfo != null && i < registryInfo.size(); i++) {
            String field = "registry_info[" + i + "].registry_id";
            check.required(field, registryInfo.get(i).registryId())
                    .length(field, registryInfo.get(i).registryId(), MAX_REGISTRY_ID);
        }
        check.orThrow();
    }

    /** Every registry HSS knows. */
    public static ImageSyncRequest allRegistries(String enterpriseProjectId) {
        return new ImageSyncRequest(true, null, enterpriseProjectId);
    }

    /** The registries listed. */
    public static ImageSyncRequest of(List<RegistryRef> registries, String enterpriseProjectId) {
        return new ImageSyncRequest(false, registries, enterpriseProjectId);
    }

    /** The body bytes (UTF-8 JSON) to send and to sign. */
    public byte[] toJson() {
        return WireJson.bytes(this);
    }

    /**
     * A registry to refresh ({@code CreateImageSynchronizeTaskRequestInfoRegistryInfo}).
     *
     * @param registryId   the registry's {@code id} in ListRegistry
     * @param registryType its type; optional
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"registry_id", "registry_type"})
    public record RegistryRef(String registryId, RegistryType registryType) {

        public RegistryRef {
            registryId = RequestCheck.blankToNull(registryId);
        }

        /** The listed registry; its type only where this version knows it. */
        public static RegistryRef of(Registry registry) {
            return new RegistryRef(registry.id(), registry.type().orElse(null));
        }
    }
}
