package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.budget.RateLimit;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import io.jenkins.plugins.hss.core.client.HssEndpoints;
import io.jenkins.plugins.hss.core.model.ScanFields;
import io.jenkins.plugins.hss.core.watch.Connection;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Where HSS is, which project, and where the credentials are (never the secrets themselves). */
final class ConnectionOptions {

    @SettingsField("region")
    @Option(names = "--region", paramLabel = "REGION",
            description = "The region, e.g. cn-north-4 or ap-southeast-1: picks the HSS and IAM endpoints and is "
                    + "sent with every call. Default: $HSS_REGION.")
    String region;

    @SettingsField("endpoint")
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "The HSS endpoint instead of the region's, e.g. for a dedicated cloud; https only, except on loopback.")
    String endpoint;

    @SettingsField("iam_endpoint")
    @Option(names = "--iam-endpoint", paramLabel = "URL",
            description = "The IAM endpoint instead of the region's (used with HSS_USERNAME/HSS_PASSWORD/HSS_DOMAIN).")
    String iamEndpoint;

    @SettingsField("project_id")
    @Option(names = "--project-id", paramLabel = "ID",
            description = "The project of the region that every call is scoped by (API: project_id). Default: $HSS_PROJECT_ID "
                    + "or the SDK's $HUAWEICLOUD_SDK_PROJECT_ID.")
    String projectId;

    @Option(names = "--credentials-file", paramLabel = "FILE",
            description = "Read the credentials from FILE (properties; only its owner may read it) instead of the "
                    + "environment; see docs/cli.md.")
    String credentialsFile;

    @Option(names = "--rate-limit", paramLabel = "CALLS/WINDOW", converter = RateLimitText.class,
            description = "How often each API may be called, e.g. 4/60s to leave room for other tools on the same "
                    + "account. Default: HSS's limit, ${DEFAULT-VALUE}.")
    RateLimit rateLimit = RateLimit.HSS_PER_USER;

    @Option(names = "--call-ledger", paramLabel = "DIR|none",
            description = "Where the call ledger is, which every hss-scan of the same user on this machine honours, so that "
                    + "parallel runs share HSS's budget instead of meeting 429; none keeps the budget to this run. "
                    + "Default: $HSS_CALL_LEDGER, else $XDG_CACHE_HOME/hss-scan, else ~/.cache/hss-scan.")
    String callLedger;

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationText.class,
            description = "Connect timeout of each HTTP call. Default: ${DEFAULT-VALUE}.")
    Duration connectTimeout = Connection.DEFAULT_CONNECT_TIMEOUT;

    @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationText.class,
            description = "Read timeout of each HTTP call. Default: ${DEFAULT-VALUE}.")
    Duration readTimeout = Connection.DEFAULT_READ_TIMEOUT;

    void putTo(ScanFields.Builder fields) {
        fields.put("project_id", projectId);
    }

    /** The connection to {@code endpoints} with the credentials in {@code shell}; nothing is sent yet. */
    EngineRun connect(HssEndpoints endpoints, Shell shell) {
        HssCredentials credentials = credentialsFile == null
                ? CredentialSource.fromEnvironment(shell.environment())
                : CredentialSource.fromFile(shell.resolve(credentialsFile));
        Connection connection = Connection.builder(endpoints, credentials).region(region.strip())
                .connectTimeout(connectTimeout).readTimeout(readTimeout).userAgent("hss-scan").build();
        return new EngineRun(connection, CallBudget.uniform(rateLimit), CallLedgerLocation.of(callLedger, shell));
    }

    /** Where HSS is, as the options say; the engine validates it with the scan's settings. */
    EndpointSettings where() {
        return new EndpointSettings(region, endpoint, iamEndpoint);
    }
}
