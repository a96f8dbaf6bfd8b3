package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.RegistryStatus;
import io.jenkins.plugins.hss.core.model.RegistryType;
import io.jenkins.plugins.hss.core.model.RequestCheck;
import io.jenkins.plugins.hss.core.model.WireValue;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of the registry list (ListRegistry, SDK 3.1.212 {@code ListRegistryRequest}); offset
 * and limit are given per call. Null (or an empty set) means no filter.
 *
 * @param registryName  fuzzy
 * @param registryTypes any of these types (sent comma-separated)
 * @param registryAddr  fuzzy
 */
public record RegistryQuery(
        String registryName,
        String registryId,
        Set<RegistryType> registryTypes,
        String registryAddr,
        RegistryStatus status,
        String enterpriseProjectId) {

    static final String API = "ListRegistry";

    /** Every registry. */
    public static final RegistryQuery ALL = new RegistryQuery(null, null, Set.of(), null, null, null);

    /** @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException naming every field HSS would refuse */
    public RegistryQuery {
        registryName = RequestCheck.blankToNull(registryName);
        registryId = RequestCheck.blankToNull(registryId);
        registryTypes = registryTypes == null || registryTypes.isEmpty() ? Set.of() : Set.copyOf(registryTypes);
        registryAddr = RequestCheck.blankToNull(registryAddr);
        enterpriseProjectId = RequestCheck.blankToNull(enterpriseProjectId);
        new RequestCheck(API).length("registry_name", registryName, 128).length("registry_id", registryId, 64)
                .length("registry_addr", registryAddr, 256).length("enterprise_project_id", enterpriseProjectId, 256)
                .orThrow();
    }

    /** The registries of these types. */
    public static RegistryQuery ofTypes(Set<RegistryType> types) {
        return new RegistryQuery(null, null, types, null, null, null);
    }

    /** The registry with this id. */
    public static RegistryQuery ofId(String registryId) {
        return new RegistryQuery(null, registryId, Set.of(), null, null, null);
    }

    /** The query string of one page, in the SDK's declaration order. */
    public List<QueryParameters.Parameter> parameters(int offset, int limit) {
        String types = registryTypes.isEmpty() ? null : EnumSet.copyOf(registryTypes).stream()
                .map(WireValue::wireName).collect(Collectors.joining(","));
        return new QueryParameters()
                .add("enterprise_project_id", enterpriseProjectId).add("offset", offset).add("limit", limit)
                .add("registry_name", registryName).add("registry_id", registryId).add("registry_type", types)
                .add("registry_addr", registryAddr).add("status", status)
                .list();
    }
}
