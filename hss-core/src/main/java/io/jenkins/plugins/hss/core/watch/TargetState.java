package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.gate.Findings;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the watcher knows about one target image: its record from before the trigger and what the
 * polls since then showed. Immutable; each observation makes a new state. Serializable with plain
 * fields only, so that a Jenkins controller can persist it and resume the wait (fields added
 * since read as absent from a state an older version saved).
 *
 * <p>The record is either the image's own, as listed before the trigger, or the trigger's
 * instant on the service's clock ({@link #triggered}): an image of a list that is not listed
 * before its trigger has as record "every scan that ended before the trigger reached HSS", and
 * only a scan time at or after that bound can be this run's.
 */
public final class TargetState implements Serializable {

    private static final long serialVersionUID = 1L;
    /** How progress lines name targets that no listing showed yet. */
    static final String NOT_LISTED_YET = "not_listed_yet";

    private final String imageType;
    private final String namespace;
    private final String imageName;
    private final String imageVersion;
    /** The SWR Enterprise instance of an {@code instance_image}; null for other images (and in older states). */
    private final String instanceId;
    /** The registry of a {@code harbor} or {@code jfrog} image; null for SWR images (and in older states). */
    private final String registryId;
    private final String registryName;
    /** Where HSS downloads an enterprise image ({@code instance_url}, as listed); null when not listed. */
    private final String instanceUrl;
    private final boolean found;
    private final String imageId;
    private final String recordedStatus;
    private final Long recordedScanTime;
    private final Observation seen;
    private final boolean started;
    /** Counts by {@code repair_necessity} as listed, values this version does not know included. */
    private final HashMap<String, Integer> byNecessity;
    /** Why HSS's answers about the image prove nothing; null while they are well-formed. */
    private final String problem;
    /** Why the counts by repair necessity are unknown at the end of the wait; null when known or not needed. */
    private final String necessityUnknown;
    /** For an image not found: what the run did to find it (the sync, its answer), null when nothing more. */
    private final String notFoundReason;
    /** Whether the record is the trigger's bound, not the image's own listing (false in states of older versions). */
    private final boolean sinceTrigger;
    /** Whether no listing since the trigger showed the image yet: it may not exist (false in older states). */
    private final boolean unlisted;
    /**
     * The {@code vul_id}s of the vulnerabilities the gate counts, as listed with the counts: kept
     * only when a CVSS or denied-CVE threshold joins them to ListGeneralImageVuls; null otherwise
     * (and in states of older versions).
     */
    private final ArrayList<String> vulIds;
    /** The key, made once: every poll looks targets up by it. */
    private transient ImageKey key;

    private TargetState(ImageKey key, String instanceUrl, boolean found, String imageId, String recordedStatus,
                        Long recordedScanTime, Observation seen, boolean started, Map<String, Integer> byNecessity,
                        String problem, String necessityUnknown, String notFoundReason) {
        this(key, instanceUrl, found, imageId, recordedStatus, recordedScanTime, seen, started, byNecessity, problem,
                necessityUnknown, notFoundReason, false, false);
    }

    private TargetState(ImageKey key, String instanceUrl, boolean found, String imageId, String recordedStatus,
                        Long recordedScanTime, Observation seen, boolean started, Map<String, Integer> byNecessity,
                        String problem, String necessityUnknown, String notFoundReason, boolean sinceTrigger,
                        boolean unlisted) {
        this(key, instanceUrl, found, imageId, recordedStatus, recordedScanTime, seen, started, byNecessity, problem,
                necessityUnknown, notFoundReason, sinceTrigger, unlisted, null);
    }

    private TargetState(ImageKey key, String instanceUrl, boolean found, String imageId, String recordedStatus,
                        Long recordedScanTime, Observation seen, boolean started, Map<String, Integer> byNecessity,
                        String problem, String necessityUnknown, String notFoundReason, boolean sinceTrigger,
                        boolean unlisted, List<String> vulIds) {
        this.vulIds = vulIds == null ? null : new ArrayList<>(vulIds);
        this.imageType = key.imageType();
        this.namespace = key.namespace();
        this.imageName = key.imageName();
        this.imageVersion = key.imageVersion();
        this.instanceId = key.instanceId();
        this.registryId = key.registryId();
        this.registryName = key.registryName();
        this.instanceUrl = instanceUrl;
        this.found = found;
        this.imageId = imageId;
        this.recordedStatus = recordedStatus;
        this.recordedScanTime = recordedScanTime;
        this.seen = seen;
        this.started = started;
        this.byNecessity = byNecessity == null ? null : new HashMap<>(byNecessity);
        this.problem = problem;
        this.necessityUnknown = necessityUnknown;
        this.notFoundReason = notFoundReason;
        this.sinceTrigger = sinceTrigger;
        this.unlisted = unlisted;
        this.key = key;
    }

    /** The record of an image as listed before the trigger. */
    public static TargetState recorded(ImageKey key, SwrImage image) {
        return new TargetState(key, image.instanceUrl(), true, image.imageId(), image.scanStatus(),
                image.latestScanTime(), Observation.of(image), false, null, null, null, null);
    }

    /**
     * A target of a {@link CountedSelection} that a poll listed for the first time: its previous
     * scan, not recorded, ended before {@code recordedBefore}.
     */
    static TargetState discovered(ImageKey key, SwrImage image, long recordedBefore) {
        TargetState target = new TargetState(key, image.instanceUrl(), true, image.imageId(), null, recordedBefore - 1,
                null, true, null, null, null, null);
        return target.observe(image);
    }

    /** A target of a {@link CountedSelection} first listed in rows that contradict each other. */
    static TargetState contradictory(ImageKey key, String why) {
        return new TargetState(key, null, true, null, null, null, null, true, null, Objects.requireNonNull(why, "why"),
                null, null);
    }

    /**
     * An image of a list, triggered without a listing before: nothing is known of it but that no
     * scan of this run can have ended before {@code bound}, the trigger's instant on the
     * service's clock (epoch ms); null while that clock is not known (see {@link #withBound}).
     */
    static TargetState triggered(ImageKey key, Long bound) {
        return new TargetState(key, null, true, null, null, bound == null ? null : bound - 1, null, false, null, null,
                null, null, true, true);
    }

    /** This target of {@link #triggered} once its bound is known. */
    TargetState withBound(long bound) {
        return new TargetState(key(), instanceUrl, found, imageId, recordedStatus, bound - 1, seen, started, byNecessity,
                problem, necessityUnknown, notFoundReason, sinceTrigger, unlisted, vulIds);
    }

    /** Whether the target's record is the trigger's bound, still unknown: no listing can be judged yet. */
    boolean needsBound() {
        return sinceTrigger && recordedScanTime == null;
    }

    /** Whether no listing since the trigger showed the image yet (a target of {@link #triggered}). */
    boolean unlisted() {
        return unlisted;
    }

    /** A requested image that the repository list does not contain. */
    public static TargetState notFound(ImageKey key) {
        return notFound(key, null);
    }

    /** A requested image that the repository list does not contain, after what {@code why} says the run did to find it. */
    static TargetState notFound(ImageKey key, String why) {
        return new TargetState(key, null, false, null, null, null, null, false, null, null, null, why);
    }

    public ImageKey key() {
        ImageKey made = key;
        if (made == null) {
            made = new ImageKey(imageType, namespace, imageName, imageVersion, instanceId, registryId, registryName);
            key = made;
        }
        return made;
    }

    /** Where HSS downloads this SWR Enterprise image ({@code instance_url}) as it listed it; null when not listed. */
    public String instanceUrl() {
        return instanceUrl;
    }

    public boolean found() {
        return found;
    }

    public String imageId() {
        return imageId;
    }

    /** {@code latest_scan_time} before the trigger; null when the image had never been scanned. */
    public Long recordedScanTime() {
        return recordedScanTime;
    }

    /** Whether the image left its state from before the trigger (queued, scanning or rescanned). */
    public boolean started() {
        return started;
    }

    /**
     * Whether the scan this run started is over: a status that is no longer before or in a scan
     * (a terminal one, or one this version does not know) <em>and</em> a scan time past the
     * record. A terminal status with the recorded time is the previous scan's result.
     */
    public boolean finished() {
        return found && seen != null && seen.ended() && seen.scanTime != null && newer(seen.scanTime);
    }

    /** Whether {@code scanTime} is past the record: an image never scanned before has none, a bound not known yet passes nothing. */
    private boolean newer(Long scanTime) {
        if (recordedScanTime == null) {
            return !sinceTrigger;
        }
        return scanTime != null && scanTime > recordedScanTime;
    }

    /** Whether HSS's answers about this image were malformed or contradicted each other. */
    public boolean malformed() {
        return problem != null;
    }

    /** Whether there is nothing more to wait for: the scan finished, or the answers about it prove nothing. */
    public boolean over() {
        return finished() || malformed();
    }

    /** The status last seen, null when never listed (or listed without one). */
    public String status() {
        return seen == null ? null : seen.status;
    }

    /** How progress lines name this target's state. */
    String progressLabel() {
        if (malformed()) {
            return WaitEnd.MALFORMED_ANSWER.wireName();
        }
        // A not-started image still shows its previous result; calling that its status would mislead.
        if (unlisted) {
            return NOT_LISTED_YET;
        }
        return finished() || started ? ScanStatus.describe(status()) : "not_started";
    }

    /** Whether the counts by repair necessity were fetched. */
    public boolean hasNecessityCounts() {
        return byNecessity != null;
    }

    /**
     * Vulnerabilities reported by the finished scan ({@code vul_num}); empty when HSS did not
     * report them, which is never read as none.
     */
    public Optional<Integer> vulnerabilities() {
        return seen == null ? Optional.of(0) : Optional.ofNullable(Observation.count(seen.vulnerabilities));
    }

    /** This state after a poll listed the image again. */
    public TargetState observe(SwrImage image) {
        if (over()) {
            return this;
        }
        Observation now = Observation.of(image);
        // Against the trigger's bound, only a scan in progress or one that ended since tells of this run;
        // against the image's own record, any change does.
        boolean moved = sinceTrigger ? now.queuedOrScanning() || recordedScanTime != null && newer(now.scanTime)
                : !Objects.equals(now.status, recordedStatus) || !Objects.equals(now.scanTime, recordedScanTime)
                || now.queuedOrScanning();
        TargetState observed = new TargetState(key(), image.instanceUrl() == null ? instanceUrl : image.instanceUrl(),
                found, image.imageId() == null ? imageId : image.imageId(), recordedStatus, recordedScanTime, now,
                started || moved, null, null, null, null,
                sinceTrigger, false);
        // Only this run's result is judged: negative counts of the previous scan do not matter.
        return observed.finished() && now.problem() != null ? observed.contradicted(now.problem()) : observed;
    }

    /** This state once HSS's answers about the image proved to be malformed or contradictory. */
    public TargetState contradicted(String why) {
        return malformed() ? this : new TargetState(key(), instanceUrl, found, imageId, recordedStatus, recordedScanTime,
                seen, started, byNecessity, Objects.requireNonNull(why, "why"), necessityUnknown, notFoundReason, sinceTrigger,
                false, vulIds);
    }

    /**
     * This state with the vulnerability counts per {@code repair_necessity} value, as listed
     * (values this version does not know included).
     */
    public TargetState withNecessityCounts(Map<String, Integer> counts) {
        return withVulnerabilities(counts, null);
    }

    /**
     * This state with the vulnerability counts per {@code repair_necessity} value and, for a CVE
     * threshold, the {@code vul_id}s they count (null when not kept).
     */
    TargetState withVulnerabilities(Map<String, Integer> counts, List<String> ids) {
        return new TargetState(key(), instanceUrl, found, imageId, recordedStatus, recordedScanTime, seen, started,
                counts, problem, null, notFoundReason, sinceTrigger,
                unlisted, ids);
    }

    /** The {@code vul_id}s the counts were made of, when kept for a CVE threshold; empty when not. */
    Optional<List<String>> vulIds() {
        return Optional.ofNullable(vulIds).map(List::copyOf);
    }

    /** This state at the end of a wait that could not learn its counts per repair necessity, and why. */
    TargetState withNecessityUnknown(String why) {
        return new TargetState(key(), instanceUrl, found, imageId, recordedStatus, recordedScanTime, seen, started,
                byNecessity, problem, why, notFoundReason, sinceTrigger,
                unlisted, vulIds);
    }

    /** What the gate is told about this image when the wait ends now. */
    public ImageResult result(boolean waited) {
        WaitEnd state = !found ? WaitEnd.NOT_FOUND
                : malformed() ? WaitEnd.MALFORMED_ANSWER
                : !waited ? WaitEnd.NOT_WAITED
                : finished() ? WaitEnd.FINISHED
                : started ? WaitEnd.TIMED_OUT : WaitEnd.NOT_STARTED;
        boolean fresh = state == WaitEnd.FINISHED;
        return new ImageResult(imageType, namespace, imageName, imageVersion, imageId, state,
                state == WaitEnd.NOT_WAITED ? null : status(),
                fresh ? seen.failedDesc : null,
                fresh ? Instant.ofEpochMilli(seen.scanTime) : null,
                fresh ? findings() : Findings.NONE,
                found ? problem : notFoundReason, instanceId);
    }

    private Findings findings() {
        Findings findings = new Findings(Observation.count(seen.vulnerabilities), Observation.count(seen.maliciousFiles),
                Observation.count(seen.unsafeSettings), Map.of()).withSeverity(seen.severity);
        if (byNecessity == null) {
            return necessityUnknown == null ? findings : findings.withNecessityUnknown(necessityUnknown);
        }
        Map<RepairNecessity, Integer> levels = new EnumMap<>(RepairNecessity.class);
        Map<String, Integer> unknown = new HashMap<>();
        byNecessity.forEach((level, count) -> RepairNecessity.fromWire(level).ifPresentOrElse(
                known -> levels.put(known, count), () -> unknown.put(level, count)));
        return findings.withNecessityCounts(levels, unknown);
    }

    /**
     * The fields of one listing of the image that the watcher keeps. A count HSS left out is kept
     * as {@link #UNKNOWN}: counts are never negative once read (a negative one is the answer's
     * {@link #problem()}), and a state saved by an older version, which read a missing count as 0,
     * still reads back.
     */
    private static final class Observation implements Serializable {

        private static final long serialVersionUID = 1L;
        private static final int UNKNOWN = -1;

        private final String status;
        private final String failedDesc;
        private final Long scanTime;
        private final int vulnerabilities;
        private final int maliciousFiles;
        private final int unsafeSettings;
        /** Null in a state saved by a version before it, and on batch-scan, whose rows do not tell it. */
        private final String severity;
        private final transient String problem;

        private Observation(SwrImage image) {
            this.status = image.scanStatus();
            this.failedDesc = image.scanFailedDesc();
            this.scanTime = image.latestScanTime();
            List<String> negative = new ArrayList<>();
            this.vulnerabilities = read("vul_num", image.vulNum(), negative);
            this.maliciousFiles = read("malicious_file_num", image.maliciousFileNum(), negative);
            this.unsafeSettings = read("unsafe_setting_num", image.unsafeSettingNum(), negative);
            this.severity = image.severityLevel();
            this.problem = negative.isEmpty() ? null : EngineMessages.format("counts.negative", String.join(", ", negative));
        }

        static Observation of(SwrImage image) {
            return new Observation(image);
        }

        /** Why this listing's counts are no counts (negative ones), null when they are. */
        String problem() {
            return problem;
        }

        /** Whether the status says the scan is over: anything but a known status before or in a scan. */
        boolean ended() {
            return !ScanStatus.isPending(status);
        }

        boolean queuedOrScanning() {
            Optional<ScanStatus> known = ScanStatus.fromWire(status);
            return known.isPresent() && (known.get() == ScanStatus.SCANNING || known.get() == ScanStatus.WAITING_FOR_SCAN);
        }

        static Integer count(int stored) {
            return stored == UNKNOWN ? null : stored;
        }

        private static int read(String field, Integer value, List<String> negative) {
            if (value == null) {
                return UNKNOWN;
            }
            if (value < 0) {
                negative.add(field + " " + value);
                return UNKNOWN;
            }
            return value;
        }
    }
}
