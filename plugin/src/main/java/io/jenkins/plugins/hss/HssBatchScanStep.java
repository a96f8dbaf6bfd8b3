package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Extension;
import hudson.Util;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import io.jenkins.plugins.hss.core.client.EndpointSettings;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.OutcomeRule;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jenkinsci.Symbol;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code hsBatchScan}: triggers an HSS scan of SWR images, waits for it without holding an
 * executor, and passes, marks unstable or fails the build on its results. Every parameter of the
 * engine's {@code ScanSettings} is a parameter here; only the image type is required, and the global
 * configuration supplies the region, project and credential.
 *
 * <p>The freestyle {@link HssBatchScanBuilder} holds one of these as its configuration, so both
 * faces share one set of parameters, one set of form checks and one set of help files.
 */
public final class HssBatchScanStep extends Step {

    private final String imageType;
    private List<String> images = new ArrayList<>();
    private boolean operateAll;
    private String repoType = "";
    private String namespace = "";
    private String imageName = "";
    private String imageVersion = "";
    private String scanStatus = "";
    private boolean latestVersion;
    private String imageSize = "";
    private String startLatestUpdateTime = "";
    private String endLatestUpdateTime = "";
    private String startLatestScanTime = "";
    private String endLatestScanTime = "";
    private String enterpriseProjectId = "";
    private String instanceId = "";
    /** The HSS API ({@code batch-scan}, {@code image-scan-tasks}, {@code auto}); empty for the global default. */
    private String api = "";
    private String registry = "";
    /**
     * Sync before scan is on unless this is set: a job saved before the option existed has no
     * such element in its {@code config.xml}, and XStream leaves the field false, so on.
     */
    private boolean noSync;
    private boolean countHandled;
    private String region = "";
    private String projectId = "";
    private String credentialsId = "";
    private String accountName = "";
    private List<String> gate = new ArrayList<>();
    private List<String> outcomes = new ArrayList<>();
    private boolean waitForResults = true;
    private int timeoutMinutes;
    private int pollIntervalSeconds;
    private String maxPollInterval = "";
    private String startGracePeriod = "";
    private String reportSarif = "";

    @DataBoundConstructor
    public HssBatchScanStep(String imageType) {
        this.imageType = Util.fixNull(imageType).trim();
    }

    public String getImageType() {
        return imageType;
    }

    /** Image references ({@code namespace/name:tag}); an entry may hold several, split by commas or lines. */
    public List<String> getImages() {
        return images;
    }

    /** Entries holding several references (a form's text area) are split, so that a round trip keeps the list. */
    @DataBoundSetter
    public void setImages(@CheckForNull List<String> images) {
        this.images = entries(images, ImageRef::splitList);
    }

    /** The images as the text area of the forms shows them: one entry a line. */
    public String getImagesText() {
        return String.join("\n", images);
    }

    public boolean isOperateAll() {
        return operateAll;
    }

    @DataBoundSetter
    public void setOperateAll(boolean operateAll) {
        this.operateAll = operateAll;
    }

    public String getRepoType() {
        return repoType;
    }

    @DataBoundSetter
    public void setRepoType(@CheckForNull String repoType) {
        this.repoType = Util.fixNull(repoType).trim();
    }

    public String getNamespace() {
        return namespace;
    }

    @DataBoundSetter
    public void setNamespace(@CheckForNull String namespace) {
        this.namespace = Util.fixNull(namespace).trim();
    }

    public String getImageName() {
        return imageName;
    }

    @DataBoundSetter
    public void setImageName(@CheckForNull String imageName) {
        this.imageName = Util.fixNull(imageName).trim();
    }

    public String getImageVersion() {
        return imageVersion;
    }

    @DataBoundSetter
    public void setImageVersion(@CheckForNull String imageVersion) {
        this.imageVersion = Util.fixNull(imageVersion).trim();
    }

    public String getScanStatus() {
        return scanStatus;
    }

    @DataBoundSetter
    public void setScanStatus(@CheckForNull String scanStatus) {
        this.scanStatus = Util.fixNull(scanStatus).trim();
    }

    public boolean isLatestVersion() {
        return latestVersion;
    }

    @DataBoundSetter
    public void setLatestVersion(boolean latestVersion) {
        this.latestVersion = latestVersion;
    }

    public String getImageSize() {
        return imageSize;
    }

    @DataBoundSetter
    public void setImageSize(@CheckForNull String imageSize) {
        this.imageSize = Util.fixNull(imageSize).trim();
    }

    public String getStartLatestUpdateTime() {
        return startLatestUpdateTime;
    }

    @DataBoundSetter
    public void setStartLatestUpdateTime(@CheckForNull String startLatestUpdateTime) {
        this.startLatestUpdateTime = Util.fixNull(startLatestUpdateTime).trim();
    }

    public String getEndLatestUpdateTime() {
        return endLatestUpdateTime;
    }

    @DataBoundSetter
    public void setEndLatestUpdateTime(@CheckForNull String endLatestUpdateTime) {
        this.endLatestUpdateTime = Util.fixNull(endLatestUpdateTime).trim();
    }

    public String getStartLatestScanTime() {
        return startLatestScanTime;
    }

    @DataBoundSetter
    public void setStartLatestScanTime(@CheckForNull String startLatestScanTime) {
        this.startLatestScanTime = Util.fixNull(startLatestScanTime).trim();
    }

    public String getEndLatestScanTime() {
        return endLatestScanTime;
    }

    @DataBoundSetter
    public void setEndLatestScanTime(@CheckForNull String endLatestScanTime) {
        this.endLatestScanTime = Util.fixNull(endLatestScanTime).trim();
    }

    public String getEnterpriseProjectId() {
        return enterpriseProjectId;
    }

    @DataBoundSetter
    public void setEnterpriseProjectId(@CheckForNull String enterpriseProjectId) {
        this.enterpriseProjectId = Util.fixNull(enterpriseProjectId).trim();
    }

    /** The SWR Enterprise instance of the listed images, for {@code imageType: 'instance_image'}. */
    public String getInstanceId() {
        return Util.fixNull(instanceId);
    }

    @DataBoundSetter
    public void setInstanceId(@CheckForNull String instanceId) {
        this.instanceId = Util.fixNull(instanceId).trim();
    }

    public String getApi() {
        return Util.fixNull(api);
    }

    @DataBoundSetter
    public void setApi(@CheckForNull String api) {
        this.api = Util.fixNull(api).trim();
    }

    /** The registry of the images by its name (or id) in HSS, for Harbor and JFrog images on {@code image-scan-tasks}. */
    public String getRegistry() {
        return Util.fixNull(registry);
    }

    @DataBoundSetter
    public void setRegistry(@CheckForNull String registry) {
        this.registry = Util.fixNull(registry).trim();
    }

    /** Whether an image HSS does not list yet makes the run ask HSS to sync, wait for it, and trigger it. */
    public boolean isSynchronize() {
        return !noSync;
    }

    @DataBoundSetter
    public void setSynchronize(boolean synchronize) {
        this.noSync = !synchronize;
    }

    /** Whether the vulnerability thresholds count the vulnerabilities marked handled in HSS too. */
    public boolean isCountHandled() {
        return countHandled;
    }

    @DataBoundSetter
    public void setCountHandled(boolean countHandled) {
        this.countHandled = countHandled;
    }

    public String getRegion() {
        return region;
    }

    @DataBoundSetter
    public void setRegion(@CheckForNull String region) {
        this.region = Util.fixNull(region).trim();
    }

    public String getProjectId() {
        return projectId;
    }

    @DataBoundSetter
    public void setProjectId(@CheckForNull String projectId) {
        this.projectId = Util.fixNull(projectId).trim();
    }

    public String getCredentialsId() {
        return credentialsId;
    }

    @DataBoundSetter
    public void setCredentialsId(@CheckForNull String credentialsId) {
        this.credentialsId = Util.fixNull(credentialsId).trim();
    }

    public String getAccountName() {
        return accountName;
    }

    @DataBoundSetter
    public void setAccountName(@CheckForNull String accountName) {
        this.accountName = Util.fixNull(accountName).trim();
    }

    /** Gate rules in the engine's text form, e.g. {@code immediate_repair>0:failure}. */
    public List<String> getGate() {
        return gate;
    }

    /** Entries holding several rules (a form's text area) are split, as {@link #setImages} does. */
    @DataBoundSetter
    public void setGate(@CheckForNull List<String> gate) {
        this.gate = entries(gate, FindingThreshold::split);
    }

    /** The gate rules as the text area of the forms shows them: one rule a line. */
    public String getGateText() {
        return String.join("\n", gate);
    }

    /**
     * Outcome rules in the engine's text form, e.g. {@code image_oversized=failure} or
     * {@code timeout=unstable}. Null-safe: configurations saved before this parameter existed load without it.
     */
    public List<String> getOutcomes() {
        return Util.fixNull(outcomes);
    }

    /** Entries holding several rules (a form's text area) are split, as {@link #setGate} does. */
    @DataBoundSetter
    public void setOutcomes(@CheckForNull List<String> outcomes) {
        this.outcomes = entries(outcomes, OutcomeRule::split);
    }

    /** The outcome rules as the text area of the forms shows them: one rule a line. */
    public String getOutcomesText() {
        return String.join("\n", getOutcomes());
    }

    /** False: trigger the scans and return at once, without a verdict on their results. */
    public boolean isWaitForResults() {
        return waitForResults;
    }

    @DataBoundSetter
    public void setWaitForResults(boolean waitForResults) {
        this.waitForResults = waitForResults;
    }

    /** How long to wait for the scans; 0 for the engine's default. */
    public int getTimeoutMinutes() {
        return timeoutMinutes;
    }

    @DataBoundSetter
    public void setTimeoutMinutes(int timeoutMinutes) {
        this.timeoutMinutes = timeoutMinutes;
    }

    /** How often to look at the scans' progress; 0 for the engine's default. */
    public int getPollIntervalSeconds() {
        return pollIntervalSeconds;
    }

    @DataBoundSetter
    public void setPollIntervalSeconds(int pollIntervalSeconds) {
        this.pollIntervalSeconds = pollIntervalSeconds;
    }

    /**
     * The longest pause between polls, as a duration text ({@code 2m}, {@code 90s}); empty for the
     * engine's default. Text, unlike the older number fields, so that the engine reads and checks it.
     */
    public String getMaxPollInterval() {
        return Util.fixNull(maxPollInterval);
    }

    @DataBoundSetter
    public void setMaxPollInterval(@CheckForNull String maxPollInterval) {
        this.maxPollInterval = Util.fixNull(maxPollInterval).trim();
    }

    /** How long an image may keep its pre-trigger state before it counts as not started, e.g. {@code 5m}; empty for the default. */
    public String getStartGracePeriod() {
        return Util.fixNull(startGracePeriod);
    }

    @DataBoundSetter
    public void setStartGracePeriod(@CheckForNull String startGracePeriod) {
        this.startGracePeriod = Util.fixNull(startGracePeriod).trim();
    }

    /**
     * Where in the workspace to write the report as SARIF 2.1.0 (the file a code-scanning tool or
     * {@code recordIssues(tool: sarif(...))} reads); empty for no SARIF, which spares the calls
     * that list each image's vulnerabilities for it.
     */
    public String getReportSarif() {
        return Util.fixNull(reportSarif);
    }

    @DataBoundSetter
    public void setReportSarif(@CheckForNull String reportSarif) {
        this.reportSarif = Util.fixNull(reportSarif).trim();
    }

    /**
     * One item per element, whatever each element held: a form's text area sends all of them in one.
     * An {@link ArrayList}: a freestyle job's {@code config.xml} holds this step, and XStream writes it.
     */
    private static List<String> entries(@CheckForNull List<String> elements, Function<String, List<String>> split) {
        return elements == null ? new ArrayList<>()
                : elements.stream().flatMap(entry -> split.apply(entry).stream())
                        .collect(Collectors.toCollection(ArrayList::new));
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        // Pipeline interpolates its own strings: the values are taken as written.
        return new HssBatchScanExecution(context,
                ScanRequest.from(this, UnaryOperator.identity(), HssGlobalConfiguration.get().getApi()));
    }

    @Extension
    @Symbol("hsBatchScan")
    public static final class DescriptorImpl extends StepDescriptor {

        @Override
        public String getFunctionName() {
            return "hsBatchScan";
        }

        @Override
        public String getDisplayName() {
            return Messages.HssBatchScanStep_displayName();
        }

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            return Set.of(Run.class, TaskListener.class, FlowNode.class);
        }

        // The checks below read only the value typed: no credential, no network, nothing to guard.
        // A value with ${...} is checked when the build has expanded it (FieldChecks).

        @POST
        public ListBoxModel doFillApiItems() {
            return ApiChoice.listBox(Messages.ApiChoice_globalDefault());
        }

        @POST
        public FormValidation doCheckApi(@QueryParameter String value) {
            return Util.fixNull(value).isBlank() ? FormValidation.ok() : FieldChecks.of("api", value, ScanSettingsBuilder::api);
        }

        @POST
        public ListBoxModel doFillImageTypeItems() {
            ListBoxModel items = new ListBoxModel();
            for (ImageType type : ImageType.values()) {
                items.add(type.wireName());
            }
            return items;
        }

        /** Each image as the build will read it; entries with an expression ({@code team/app:${TAG}}) wait for the build. */
        @POST
        public FormValidation doCheckImages(@QueryParameter String value, @QueryParameter boolean operateAll) {
            List<String> written = ImageRef.splitList(value);
            List<String> literal = written.stream().filter(entry -> !FieldChecks.isExpression(entry)).toList();
            boolean expressions = literal.size() < written.size();
            List<SettingsProblem> problems = ScanSettings.builder()
                    .imageReferences(literal)
                    .operateAll(operateAll ? Boolean.TRUE : null)
                    .build().problems().stream()
                    // A list of expressions only is not an empty list.
                    .filter(problem -> !(expressions && problem.field().equals("image_info_list")))
                    .toList();
            FormValidation check = FieldChecks.of("image_info_list", problems);
            return expressions && check.kind == FormValidation.Kind.OK ? FieldChecks.expression() : check;
        }

        @POST
        public ListBoxModel doFillRegionItems(@QueryParameter String region) {
            return RegionChoice.listBox(Messages.RegionChoice_globalDefault(), region);
        }

        @POST
        public FormValidation doCheckRegion(@QueryParameter String value) {
            // A job names only the region; the endpoints that a run combines it with are the global ones.
            HssGlobalConfiguration global = HssGlobalConfiguration.get();
            return RegionChoice.check(new EndpointSettings(value, global.getHssEndpoint(), global.getIamEndpoint()));
        }

        @POST
        public FormValidation doCheckScanStatus(@QueryParameter String value) {
            return FieldChecks.of("scan_status", value, ScanSettingsBuilder::scanStatus);
        }

        @POST
        public FormValidation doCheckImageSize(@QueryParameter String value) {
            return FieldChecks.of("image_size", value, ScanSettingsBuilder::imageSize);
        }

        @POST
        public FormValidation doCheckStartLatestUpdateTime(@QueryParameter String value) {
            return FieldChecks.of("start_latest_update_time", value, ScanSettingsBuilder::startLatestUpdateTime);
        }

        @POST
        public FormValidation doCheckEndLatestUpdateTime(@QueryParameter String value) {
            return FieldChecks.of("end_latest_update_time", value, ScanSettingsBuilder::endLatestUpdateTime);
        }

        @POST
        public FormValidation doCheckStartLatestScanTime(@QueryParameter String value) {
            return FieldChecks.of("start_latest_scan_time", value, ScanSettingsBuilder::startLatestScanTime);
        }

        @POST
        public FormValidation doCheckEndLatestScanTime(@QueryParameter String value) {
            return FieldChecks.of("end_latest_scan_time", value, ScanSettingsBuilder::endLatestScanTime);
        }

        /** The instance's id, and whether the image type takes one, as the engine judges both. */
        @POST
        public FormValidation doCheckInstanceId(@QueryParameter String value, @QueryParameter String imageType,
                                                @QueryParameter boolean operateAll) {
            if (FieldChecks.isExpression(value) || FieldChecks.isExpression(imageType)) {
                return FieldChecks.expression();
            }
            ScanSettingsBuilder settings = ScanSettings.builder().imageType(imageType).instanceId(value);
            // Without images the engine cannot say whether they name their instance: one stands for them.
            settings = operateAll ? settings.operateAll(Boolean.TRUE) : settings.imageReferences(List.of("ns/name:tag"));
            return FieldChecks.of("instance_id", settings.build().problems());
        }

        /**
         * Whether the image type and API take a registry, as the engine judges them; whether HSS knows
         * it is told by the run's one ListRegistry call, not by the form.
         */
        @POST
        public FormValidation doCheckRegistry(@QueryParameter String value, @QueryParameter String imageType,
                                              @QueryParameter String api, @QueryParameter boolean operateAll) {
            if (FieldChecks.isExpression(value) || FieldChecks.isExpression(imageType) || FieldChecks.isExpression(api)) {
                return FieldChecks.expression();
            }
            ScanSettingsBuilder settings = ScanSettings.builder().imageType(imageType).registry(value)
                    .api(Util.fixNull(api).isBlank() ? HssGlobalConfiguration.get().getApi() : api);
            settings = operateAll ? settings.operateAll(Boolean.TRUE) : settings.imageReferences(List.of("ns/name:tag"));
            return FieldChecks.of("registry", settings.build().problems());
        }

        @POST
        public FormValidation doCheckReportSarif(@QueryParameter String value) {
            return FieldChecks.isExpression(value) ? FieldChecks.expression() : SarifFile.check(value);
        }

        @POST
        public FormValidation doCheckRepoType(@QueryParameter String value) {
            return FieldChecks.of("repo_type", value, ScanSettingsBuilder::repoType);
        }

        @POST
        public FormValidation doCheckProjectId(@QueryParameter String value) {
            return Util.fixEmptyAndTrim(value) == null
                    ? FormValidation.ok()
                    : FieldChecks.of("project_id", value, ScanSettingsBuilder::projectId);
        }

        @POST
        public FormValidation doCheckGate(@QueryParameter String value) {
            return FieldChecks.of("gate.thresholds", value, ScanSettingsBuilder::thresholds);
        }

        @POST
        public FormValidation doCheckOutcomes(@QueryParameter String value) {
            return FieldChecks.of("gate.outcomes", value, ScanSettingsBuilder::outcomes);
        }

        @POST
        public FormValidation doCheckMaxPollInterval(@QueryParameter String value) {
            return FieldChecks.of("wait.max_poll_interval", value, ScanSettingsBuilder::maxPollInterval);
        }

        @POST
        public FormValidation doCheckStartGracePeriod(@QueryParameter String value) {
            return FieldChecks.of("wait.start_grace_period", value, ScanSettingsBuilder::startGracePeriod);
        }

        @POST
        public ListBoxModel doFillCredentialsIdItems(
                @AncestorInPath @CheckForNull Item item, @QueryParameter String credentialsId) {
            return CredentialsChoice.listBox(item, credentialsId);
        }

        @POST
        public FormValidation doCheckCredentialsId(@AncestorInPath @CheckForNull Item item, @QueryParameter String value) {
            return CredentialsChoice.check(item, value);
        }
    }
}
