package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.ExtensionList;
import hudson.Util;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import jenkins.model.GlobalConfiguration;
import jenkins.model.Jenkins;
import org.jenkinsci.Symbol;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The controller-wide defaults of every scan: where HSS is, which project and credential to use,
 * and the HTTP timeouts. Only administrators edit this page, which is why the endpoint overrides
 * live here and nowhere else: a job can choose a region, never a host to send credentials to.
 */
@Extension
@Symbol("hssImageScan")
public class HssGlobalConfiguration extends GlobalConfiguration {

    private String region = "";
    private String projectId = "";
    private String credentialsId = "";
    private String accountName = "";
    private String hssEndpoint = "";
    private String iamEndpoint = "";
    /** The HSS API of the steps that name none; empty for the engine's default (batch-scan). */
    private String api = "";
    /** 0: the engine's default. */
    private int connectTimeoutSeconds;
    /** 0: the engine's default. */
    private int readTimeoutSeconds;

    public HssGlobalConfiguration() {
        load();
    }

    public static HssGlobalConfiguration get() {
        return ExtensionList.lookupSingleton(HssGlobalConfiguration.class);
    }

    public String getApi() {
        return api;
    }

    @DataBoundSetter
    public void setApi(@CheckForNull String api) {
        this.api = Util.fixNull(api).trim();
        save();
    }

    @POST
    public ListBoxModel doFillApiItems() {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return ApiChoice.listBox(Messages.ApiChoice_engineDefault(ScanApi.DEFAULT.wireName()));
    }

    @POST
    public FormValidation doCheckApi(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return Util.fixNull(value).isBlank() ? FormValidation.ok() : FieldChecks.of("api", value, ScanSettingsBuilder::api);
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = Util.fixNull(region).trim();
        save();
    }

    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(@CheckForNull String projectId) {
        this.projectId = Util.fixNull(projectId).trim();
        save();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixNull(credentialsId).trim();
        save();
    }

    /** The account (IAM domain) name that user name and password credentials log in to. */
    public String getAccountName() {
        return accountName;
    }

    @DataBoundSetter
    public void setAccountName(@CheckForNull String accountName) {
        this.accountName = Util.fixNull(accountName).trim();
        save();
    }

    public String getHssEndpoint() {
        return hssEndpoint;
    }

    @DataBoundSetter
    public void setHssEndpoint(@CheckForNull String hssEndpoint) {
        this.hssEndpoint = Util.fixNull(hssEndpoint).trim();
        save();
    }

    public String getIamEndpoint() {
        return iamEndpoint;
    }

    @DataBoundSetter
    public void setIamEndpoint(@CheckForNull String iamEndpoint) {
        this.iamEndpoint = Util.fixNull(iamEndpoint).trim();
        save();
    }

    public int getConnectTimeoutSeconds() {
        return connectTimeoutSeconds;
    }

    @DataBoundSetter
    public void setConnectTimeoutSeconds(int connectTimeoutSeconds) {
        this.connectTimeoutSeconds = connectTimeoutSeconds;
        save();
    }

    public int getReadTimeoutSeconds() {
        return readTimeoutSeconds;
    }

    @DataBoundSetter
    public void setReadTimeoutSeconds(int readTimeoutSeconds) {
        this.readTimeoutSeconds = readTimeoutSeconds;
        save();
    }

    /** What this page says about connecting, as the engine's client needs it. */
    ConnectionSettings connectionSettings() {
        return new ConnectionSettings(region, projectId, credentialsId, accountName, hssEndpoint, iamEndpoint,
                connectTimeoutSeconds, readTimeoutSeconds);
    }

    @POST
    public ListBoxModel doFillCredentialsIdItems(@QueryParameter String credentialsId) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return CredentialsChoice.listBox(null, credentialsId);
    }

    @POST
    public FormValidation doCheckCredentialsId(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return CredentialsChoice.check(null, value);
    }

    @POST
    public ListBoxModel doFillRegionItems(@QueryParameter String region) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return RegionChoice.listBox(Messages.RegionChoice_none(), region);
    }

    @POST
    public FormValidation doCheckRegion(
            @QueryParameter String value, @QueryParameter String hssEndpoint, @QueryParameter String iamEndpoint) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return RegionChoice.check(new EndpointSettings(value, hssEndpoint, iamEndpoint));
    }

    @POST
    public FormValidation doCheckProjectId(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.of("project_id", value, ScanSettingsBuilder::projectId);
    }

    @POST
    public FormValidation doCheckHssEndpoint(
            @QueryParameter String value, @QueryParameter String region, @QueryParameter String iamEndpoint) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.of("endpoint", new EndpointSettings(region, value, iamEndpoint).problems());
    }

    @POST
    public FormValidation doCheckIamEndpoint(
            @QueryParameter String value, @QueryParameter String region, @QueryParameter String hssEndpoint) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FieldChecks.of("iam_endpoint", new EndpointSettings(region, hssEndpoint, value).problems());
    }

    @POST
    public FormValidation doCheckConnectTimeoutSeconds(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormValidation.validateNonNegativeInteger(value);
    }

    @POST
    public FormValidation doCheckReadTimeoutSeconds(@QueryParameter String value) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        return FormValidation.validateNonNegativeInteger(value);
    }

    /**
     * Signs in with the credential in the form and lists one page of images: proves the endpoint,
     * the credential and the project together, as a scan will use them.
     */
    @POST
    public FormValidation doTestConnection(
            @QueryParameter String region,
            @QueryParameter String projectId,
            @QueryParameter String credentialsId,
            @QueryParameter String accountName,
            @QueryParameter String hssEndpoint,
            @QueryParameter String iamEndpoint,
            @QueryParameter int connectTimeoutSeconds,
            @QueryParameter int readTimeoutSeconds) {
        Jenkins.get().checkPermission(Jenkins.ADMINISTER);
        ConnectionSettings settings = new ConnectionSettings(region, projectId, credentialsId, accountName,
                hssEndpoint, iamEndpoint, connectTimeoutSeconds, readTimeoutSeconds);
        return ConnectionTest.run(settings);
    }
}
