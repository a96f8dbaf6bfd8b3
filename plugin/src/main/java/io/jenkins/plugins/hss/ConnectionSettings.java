package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Util;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import java.io.Serial;
import java.io.Serializable;

/**
 * Where and as whom a scan talks to HSS: the global configuration, with a job's choice of region,
 * project, credential and account laid over it. Endpoints and timeouts only ever come from the
 * global configuration. Holds a credential's id, never a secret, so that a waiting Pipeline step can
 * keep it across a restart of the controller.
 *
 * @param connectTimeoutSeconds 0 for the engine's default
 * @param readTimeoutSeconds 0 for the engine's default
 */
record ConnectionSettings(
        String region,
        String projectId,
        String credentialsId,
        String accountName,
        String hssEndpoint,
        String iamEndpoint,
        int connectTimeoutSeconds,
        int readTimeoutSeconds)
        implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    ConnectionSettings {
        region = Util.fixNull(region).trim();
        projectId = Util.fixNull(projectId).trim();
        credentialsId = Util.fixNull(credentialsId).trim();
        accountName = Util.fixNull(accountName).trim();
        hssEndpoint = Util.fixNull(hssEndpoint).trim();
        iamEndpoint = Util.fixNull(iamEndpoint).trim();
    }

    /** Where HSS is, for the engine to validate and resolve: blank endpoints are the region's. */
    EndpointSettings where() {
        return new EndpointSettings(region, hssEndpoint, iamEndpoint);
    }

    /** These settings with a job's non-empty choices in place of the defaults. */
    ConnectionSettings chosenBy(
            @CheckForNull String jobRegion,
            @CheckForNull String jobProjectId,
            @CheckForNull String jobCredentialsId,
            @CheckForNull String jobAccountName) {
        return new ConnectionSettings(
                or(jobRegion, region),
                or(jobProjectId, projectId),
                or(jobCredentialsId, credentialsId),
                or(jobAccountName, accountName),
                hssEndpoint,
                iamEndpoint,
                connectTimeoutSeconds,
                readTimeoutSeconds);
    }

    private static String or(@CheckForNull String choice, String fallback) {
        String chosen = Util.fixEmptyAndTrim(choice);
        return chosen == null ? fallback : chosen;
    }
}
