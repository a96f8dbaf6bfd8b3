package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.List;

/**
 * Where a face says HSS is: a region, and optionally explicit endpoints that replace the region's
 * (a dedicated cloud, a proxy, the simulator). Validated like {@code ScanSettings}, so a face
 * reports these problems together with the scan's, before anything is sent. Blank endpoints count
 * as absent, as an empty form field does.
 *
 * @param region      the region id, always needed: it is signed into every call
 * @param endpoint    the HSS base URL instead of the region's, or null
 * @param iamEndpoint the IAM base URL instead of the region's, or null
 */
public record EndpointSettings(String region, String endpoint, String iamEndpoint) {

    /**
     * Every problem at once: a missing region; an unknown one, unless both endpoints are given and
     * the region's are not needed; endpoints that are not URLs or not https (fields {@code region},
     * {@code endpoint}, {@code iam_endpoint}).
     */
    public List<SettingsProblem> problems() {
        Problems problems = new Problems();
        boolean regionNeeded = !given(endpoint) || !given(iamEndpoint);
        if (regionNeeded || !given(region)) {
            problems.addAll(HssRegions.problems(region));
        }
        if (given(endpoint)) {
            problems.addAll(HssEndpoints.problems("endpoint", endpoint));
        }
        if (given(iamEndpoint)) {
            problems.addAll(HssEndpoints.problems("iam_endpoint", iamEndpoint));
        }
        return problems.list();
    }

    /**
     * The endpoints: the region's, with the explicit ones in their place.
     *
     * @throws InvalidSettingsException listing every one of {@link #problems()}
     */
    public HssEndpoints endpoints() {
        List<SettingsProblem> problems = problems();
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        if (given(endpoint) && given(iamEndpoint)) {
            return HssEndpoints.of(endpoint, iamEndpoint);
        }
        return HssRegions.endpoints(region).override(orNull(endpoint), orNull(iamEndpoint));
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    private static String orNull(String value) {
        return given(value) ? value : null;
    }
}
