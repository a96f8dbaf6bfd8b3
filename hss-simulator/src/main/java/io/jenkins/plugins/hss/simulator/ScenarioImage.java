package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One image of a scenario: what the repository holds, what a scan of it finds and how its scans
 * end. Scan number n (counting from 0) ends with {@code outcomes.get(min(n, last))}, so
 * {@code outcomes(FAILED, SUCCESS)} fails once and then succeeds.
 */
public record ScenarioImage(
        ImageRef ref,
        ImageType type,
        long size,
        Instant updatedAt,
        boolean latestVersion,
        Findings findings,
        List<ScanOutcome> outcomes,
        String failureReason,
        Duration scanDuration,
        PreviousScan previousScan,
        String enterpriseProjectId,
        String instanceId,
        String instanceName,
        String domainName,
        ImageDetails details) {

    /** Update time of images whose scenario names none. */
    public static final Instant DEFAULT_UPDATED_AT = Instant.parse("2026-01-01T00:00:00Z");

    public ScenarioImage {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(enterpriseProjectId, "enterpriseProjectId");
        details = details == null ? ImageDetails.NONE : details;
        if ((type == ImageType.HARBOR || type == ImageType.JFROG) != (details.registryId() != null)) {
            throw new IllegalArgumentException(ref + ": Harbor and JFrog images, and only they, name their registry");
        }
        if (type == ImageType.INSTANCE_IMAGE && instanceId == null) {
            throw new IllegalArgumentException(ref + ": an instance_image needs its SWR Enterprise instance");
        }
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException(ref + ": at least one outcome is needed");
        }
        if (size < 0) {
            throw new IllegalArgumentException(ref + ": size cannot be negative");
        }
    }

    /** This image, its scans taking {@code value} instead of the scenario's scan duration. */
    public ScenarioImage withScanDuration(Duration value) {
        return new ScenarioImage(ref, type, size, updatedAt, latestVersion, findings, outcomes, failureReason, value,
                previousScan, enterpriseProjectId, instanceId, instanceName, domainName, details);
    }

    /** This image, pushed to its registry at {@code at} and not in HSS's copy until a sync after it. */
    public ScenarioImage withPushedAt(Instant at) {
        return new ScenarioImage(ref, type, size, updatedAt, latestVersion, findings, outcomes, failureReason,
                scanDuration, previousScan, enterpriseProjectId, instanceId, instanceName, domainName,
                details.withPushedAt(at));
    }

    public static Builder builder(String ref) {
        return new Builder(ImageRef.parse(ref));
    }

    public static Builder builder(ImageRef ref) {
        return new Builder(ref);
    }

    /**
     * What tells this image from every other: its type and reference, and for enterprise and
     * Harbor/JFrog images the instance or registry it lives in (one tag can be in several).
     */
    String identity() {
        String where = instanceId != null ? " @" + instanceId : details.registryId() != null ? " @" + details.registryId() : "";
        return type.wireName() + " " + ref + where;
    }

    /** The outcome of this image's scan number {@code run}, counting from 0. */
    ScanOutcome outcomeOfRun(int run) {
        return outcomes.get(Math.min(run, outcomes.size() - 1));
    }

    /** What the image shows before any scan of the simulation has completed. */
    Findings previousFindings() {
        if (previousScan.findings() != null) {
            return previousScan.findings();
        }
        return previousScan.outcome() == ScanOutcome.SUCCESS ? findings : Findings.NONE;
    }

    /** A fluent way to describe an image; everything has a default that makes a plain image. */
    public static final class Builder {
        private final ImageRef ref;
        private ImageType type = ImageType.PRIVATE_IMAGE;
        private long size = 100L * 1024 * 1024;
        private Instant updatedAt = DEFAULT_UPDATED_AT;
        private boolean latestVersion = true;
        private List<Vulnerability> vulnerabilities = List.of();
        private int unsafeSettings;
        private int maliciousFiles;
        private List<ScanOutcome> outcomes = List.of(ScanOutcome.SUCCESS);
        private String failureReason;
        private Duration scanDuration;
        private PreviousScan previousScan;
        private String enterpriseProjectId = "0";
        private String instanceId;
        private String instanceName;
        private String domainName;
        private ImageDetails details = ImageDetails.NONE;

        private Builder(ImageRef ref) {
            this.ref = Objects.requireNonNull(ref, "ref");
        }

        public Builder type(ImageType value) {
            this.type = value;
            return this;
        }

        /** A shared image, owned by another account. */
        public Builder sharedBy(String ownerDomain) {
            this.type = ImageType.SHARED_IMAGE;
            this.domainName = ownerDomain;
            return this;
        }

        /** Size in bytes. */
        public Builder size(long bytes) {
            this.size = bytes;
            return this;
        }

        public Builder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        public Builder latestVersion(boolean value) {
            this.latestVersion = value;
            return this;
        }

        public Builder vulnerabilities(Vulnerability... values) {
            return vulnerabilities(List.of(values));
        }

        public Builder vulnerabilities(List<Vulnerability> values) {
            this.vulnerabilities = List.copyOf(values);
            return this;
        }

        public Builder unsafeSettings(int count) {
            this.unsafeSettings = count;
            return this;
        }

        public Builder maliciousFiles(int count) {
            this.maliciousFiles = count;
            return this;
        }

        /** The outcomes of successive scans; the last one repeats. */
        public Builder outcome(ScanOutcome... values) {
            this.outcomes = List.of(values);
            return this;
        }

        /** The {@code scan_failed_desc} of failed scans, e.g. {@code failed_to_scan_file}. */
        public Builder failureReason(String value) {
            this.failureReason = value;
            return this;
        }

        /** How long this image takes to scan, instead of the scenario's scan duration. */
        public Builder scanDuration(Duration value) {
            this.scanDuration = value;
            return this;
        }

        /** A successful scan before the simulation, showing this image's findings: the stale result. */
        public Builder previouslyScanned(Instant at) {
            return previousScan(new PreviousScan(ScanOutcome.SUCCESS, at, null));
        }

        public Builder previousScan(PreviousScan value) {
            this.previousScan = value;
            return this;
        }

        public Builder enterpriseProject(String id) {
            this.enterpriseProjectId = id;
            return this;
        }

        /** An image of an SWR enterprise instance. */
        public Builder instance(String id, String name) {
            this.instanceId = id;
            this.instanceName = name;
            return this;
        }

        /** An image of this Harbor or JFrog registry of the scenario (type {@code harbor}/{@code jfrog}). */
        public Builder registry(String registryId, ImageType harborOrJfrog) {
            this.type = harborOrJfrog;
            this.details = details.withRegistry(registryId);
            return this;
        }

        /**
         * In the registry since {@code at}, but not in HSS's copy of it until a sync that starts at
         * or after {@code at} ends (a time in the future: not pushed yet).
         */
        public Builder pushedAt(Instant at) {
            this.details = details.withPushedAt(at);
            return this;
        }

        /** These vulnerabilities of the image are marked handled ({@code handle_status=handled}). */
        public Builder handled(String... vulIds) {
            Set<String> all = new LinkedHashSet<>(details.handledVulIds());
            all.addAll(List.of(vulIds));
            this.details = details.withHandled(all);
            return this;
        }

        /** A multi-arch image (manifest list) of these architectures, e.g. {@code linux/amd64}. */
        public Builder multiArch(String... architectures) {
            this.details = details.withArchitectures(List.of(architectures));
            return this;
        }

        public ScenarioImage build() {
            return new ScenarioImage(ref, type, size, updatedAt, latestVersion,
                    new Findings(vulnerabilities, unsafeSettings, maliciousFiles), outcomes, failureReason,
                    scanDuration, previousScan, enterpriseProjectId, instanceId, instanceName, domainName, details);
        }
    }
}
