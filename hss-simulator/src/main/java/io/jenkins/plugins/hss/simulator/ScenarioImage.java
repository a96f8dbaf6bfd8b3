package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

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
        String domainName) {

    /** Update time of images whose scenario names none. */
    public static final Instant DEFAULT_UPDATED_AT = Instant.parse("2026-01-01T00:00:00Z");

    public ScenarioImage {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(enterpriseProjectId, "enterpriseProjectId");
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
                previousScan, enterpriseProjectId, instanceId, instanceName, domainName);
    }

    public static Builder builder(String ref) {
        return new Builder(ImageRef.parse(ref));
    }

    public static Builder builder(ImageRef ref) {
        return new Builder(ref);
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

        public ScenarioImage build() {
            return new ScenarioImage(ref, type, size, updatedAt, latestVersion,
                    new Findings(vulnerabilities, unsafeSettings, maliciousFiles), outcomes, failureReason,
                    scanDuration, previousScan, enterpriseProjectId, instanceId, instanceName, domainName);
        }
    }
}
