package io.jenkins.plugins.hss.core.model;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds {@link ScanSettings}. Setters that take text read it now; text that cannot be read leaves
 * the field unset and becomes a problem of that field, which a later valid value clears.
 */
public final class ScanSettingsBuilder {

    static final String SCAN_STATUSES = "unscan, success, scanning, failed, download_failed, image_oversized";

    private String repoType;
    private final List<ImageRef> images = new ArrayList<>();
    private Boolean operateAll;
    private String namespace;
    private String imageName;
    private String imageVersion;
    private ImageType imageType;
    private ScanStatus scanStatus;
    private Boolean latestVersion;
    private Long imageSize;
    private TimeRange latestUpdateTime = TimeRange.OPEN;
    private TimeRange latestScanTime = TimeRange.OPEN;
    private String projectId;
    private String enterpriseProjectId;
    private String instanceId;
    private GatePolicy gate = GatePolicy.defaults();
    private WaitOptions waitOptions = WaitOptions.defaults();
    private boolean synchronize = true;
    private ScanApi api = ScanApi.DEFAULT;
    private String registry;
    private final Map<String, SettingsProblem> inputProblems = new LinkedHashMap<>();

    ScanSettingsBuilder() {
    }

    ScanSettingsBuilder(ScanSettings s) {
        repoType = s.repoType();
        images.addAll(s.images());
        operateAll = s.operateAll();
        namespace = s.namespace();
        imageName = s.imageName();
        imageVersion = s.imageVersion();
        imageType = s.imageType();
        scanStatus = s.scanStatus();
        latestVersion = s.latestVersion();
        imageSize = s.imageSize();
        latestUpdateTime = s.latestUpdateTime();
        latestScanTime = s.latestScanTime();
        projectId = s.projectId();
        enterpriseProjectId = s.enterpriseProjectId();
        instanceId = s.instanceId();
        gate = s.gate();
        waitOptions = s.waitOptions();
        synchronize = s.synchronize();
        api = s.api();
        registry = s.registry();
        s.inputProblems().forEach(p -> inputProblems.put(p.field(), p));
    }

    /**
     * Sets every field that {@code fields} names, each from its text as its text setter reads it;
     * a name that is no field of a scan is a problem of that name that lists the names.
     */
    public ScanSettingsBuilder fields(ScanFields fields) {
        fields.asMap().forEach((name, text) -> {
            ScanField field = ScanField.named(name);
            if (field == null) {
                inputProblems.put(name, new SettingsProblem(name, EngineMessages.format("field.unknown", name, ScanField.NAMES)));
            } else {
                field.read(this, text);
            }
        });
        return this;
    }

    /** {@code repo_type}; only {@code SWR} is valid. */
    public ScanSettingsBuilder repoType(String value) {
        repoType = blankToNull(value);
        return this;
    }

    public ScanSettingsBuilder image(ImageRef image) {
        images.add(image);
        return this;
    }

    /** An image written {@code namespace/name:tag}; an invalid reference is reported by validation. */
    public ScanSettingsBuilder image(String reference) {
        return image(ImageRef.parse(reference));
    }

    /** Replaces the image list. */
    public ScanSettingsBuilder images(List<ImageRef> replacement) {
        images.clear();
        images.addAll(replacement);
        return this;
    }

    /** Replaces the image list with references written {@code namespace/name:tag}. */
    public ScanSettingsBuilder imageReferences(List<String> references) {
        return images(references.stream().map(ImageRef::parse).toList());
    }

    /**
     * Replaces the image list with the references of {@code text}, one a line as the text form
     * writes them ({@link ScanFields}): a line is one reference, even a blank one or one that a
     * list text would split, so that validation reports it as written.
     */
    ScanSettingsBuilder imageLines(String text) {
        return imageReferences(List.of(text.split("\n", -1)));
    }

    /** Replaces the image list with the references of a list text, as {@link ImageRef#splitList(String)} reads it. */
    public ScanSettingsBuilder imageList(String text) {
        return images(ImageRef.parseList(text));
    }

    public ScanSettingsBuilder operateAll(Boolean value) {
        operateAll = value;
        return this;
    }

    public ScanSettingsBuilder namespace(String value) {
        namespace = blankToNull(value);
        return this;
    }

    public ScanSettingsBuilder imageName(String value) {
        imageName = blankToNull(value);
        return this;
    }

    public ScanSettingsBuilder imageVersion(String value) {
        imageVersion = blankToNull(value);
        return this;
    }

    public ScanSettingsBuilder imageType(ImageType value) {
        inputProblems.remove("image_type");
        imageType = value;
        return this;
    }

    /** {@code private_image}, {@code shared_image} or {@code instance_image}, in any case. */
    public ScanSettingsBuilder imageType(String text) {
        imageType = read("image_type", text, t -> ImageType.fromWire(t.toLowerCase(Locale.ROOT)),
                "image_type.invalid", ImageType.WIRE_NAMES);
        return this;
    }

    public ScanSettingsBuilder scanStatus(ScanStatus value) {
        inputProblems.remove("scan_status");
        scanStatus = value;
        return this;
    }

    /** One of {@value #SCAN_STATUSES}. */
    public ScanSettingsBuilder scanStatus(String text) {
        scanStatus = read("scan_status", text, t -> ScanStatus.fromWire(t.toLowerCase(Locale.ROOT)),
                "scan_status.invalid", SCAN_STATUSES);
        return this;
    }

    public ScanSettingsBuilder latestVersion(Boolean value) {
        latestVersion = value;
        return this;
    }

    public ScanSettingsBuilder imageSize(Long bytes) {
        inputProblems.remove("image_size");
        imageSize = bytes;
        return this;
    }

    /** Bytes as decimal text. */
    public ScanSettingsBuilder imageSize(String text) {
        imageSize = read("image_size", text, ScanSettingsBuilder::parseLong, "image_size.invalid");
        return this;
    }

    public ScanSettingsBuilder startLatestUpdateTime(Long epochMillis) {
        inputProblems.remove("start_latest_update_time");
        latestUpdateTime = latestUpdateTime.withStart(epochMillis);
        return this;
    }

    /** Epoch milliseconds or an ISO-8601 instant. */
    public ScanSettingsBuilder startLatestUpdateTime(String text) {
        latestUpdateTime = latestUpdateTime.withStart(time("start_latest_update_time", text));
        return this;
    }

    public ScanSettingsBuilder endLatestUpdateTime(Long epochMillis) {
        inputProblems.remove("end_latest_update_time");
        latestUpdateTime = latestUpdateTime.withEnd(epochMillis);
        return this;
    }

    /** Epoch milliseconds or an ISO-8601 instant. */
    public ScanSettingsBuilder endLatestUpdateTime(String text) {
        latestUpdateTime = latestUpdateTime.withEnd(time("end_latest_update_time", text));
        return this;
    }

    public ScanSettingsBuilder startLatestScanTime(Long epochMillis) {
        inputProblems.remove("start_latest_scan_time");
        latestScanTime = latestScanTime.withStart(epochMillis);
        return this;
    }

    /** Epoch milliseconds or an ISO-8601 instant. */
    public ScanSettingsBuilder startLatestScanTime(String text) {
        latestScanTime = latestScanTime.withStart(time("start_latest_scan_time", text));
        return this;
    }

    public ScanSettingsBuilder endLatestScanTime(Long epochMillis) {
        inputProblems.remove("end_latest_scan_time");
        latestScanTime = latestScanTime.withEnd(epochMillis);
        return this;
    }

    /** Epoch milliseconds or an ISO-8601 instant. */
    public ScanSettingsBuilder endLatestScanTime(String text) {
        latestScanTime = latestScanTime.withEnd(time("end_latest_scan_time", text));
        return this;
    }

    public ScanSettingsBuilder projectId(String value) {
        projectId = blankToNull(value);
        return this;
    }

    /** Null or blank for the default enterprise project; {@code all_granted_eps} for all of them. */
    public ScanSettingsBuilder enterpriseProjectId(String value) {
        enterpriseProjectId = blankToNull(value);
        return this;
    }

    /**
     * The SWR Enterprise instance of the listed images ({@code instance_id}), for
     * {@code image_type} {@code instance_image}: every image without an instance of its own
     * ({@link ImageRef#withInstance}) is in this one. Null or blank for none.
     */
    public ScanSettingsBuilder instanceId(String value) {
        instanceId = blankToNull(value);
        return this;
    }

    /**
     * Whether a listed image that HSS does not list yet makes the run ask HSS to sync and wait
     * for it before the trigger; true unless set otherwise. Null keeps the value.
     */
    public ScanSettingsBuilder synchronize(Boolean value) {
        if (value != null) {
            synchronize = value;
        }
        return this;
    }

    /** The HSS API the run uses; null for {@link ScanApi#DEFAULT}. */
    public ScanSettingsBuilder api(ScanApi value) {
        inputProblems.remove("api");
        api = value == null ? ScanApi.DEFAULT : value;
        return this;
    }

    /**
     * {@code batch-scan}, {@code image-scan-tasks} or {@code auto}, in any case; blank keeps the
     * default, anything else is a problem of {@code api} that lists the values.
     */
    public ScanSettingsBuilder api(String text) {
        ScanApi value = read("api", text, ScanApi::fromWire, "api.invalid", ScanApi.WIRE_NAMES);
        api = value == null ? ScanApi.DEFAULT : value;
        return this;
    }

    /**
     * The registry of the images by its name (or id) as HSS's ListRegistry shows it, e.g. a
     * Harbor registry's name; newer image API only. Null or blank for none.
     */
    public ScanSettingsBuilder registry(String value) {
        registry = blankToNull(value);
        return this;
    }

    public ScanSettingsBuilder gate(GatePolicy value) {
        gate = value;
        return this;
    }

    /**
     * Replaces the gate's thresholds with thresholds in their text form, separated by commas,
     * semicolons or new lines; each unreadable one is a problem of {@code gate.thresholds}.
     */
    public ScanSettingsBuilder thresholds(String text) {
        gate = gate.withThresholds(readRules("gate.thresholds", FindingThreshold.split(text), FindingThreshold::parse));
        return this;
    }

    /**
     * Changes the gate's outcomes named by rules in their text form ({@code image_oversized=failure},
     * {@code timeout=unstable}), separated as thresholds are; cases not named keep their outcome.
     * Each unreadable rule is a problem of {@code gate.outcomes}.
     */
    public ScanSettingsBuilder outcomes(String text) {
        GatePolicy.Builder changed = gate.toBuilder();
        readRules("gate.outcomes", OutcomeRule.split(text), OutcomeRule::parse).forEach(rule -> rule.applyTo(changed));
        gate = changed.build();
        return this;
    }

    /**
     * Whether the gate's vulnerability thresholds count the vulnerabilities marked handled in HSS
     * ({@code gate.count_handled}); false unless set: they count the unhandled ones. Null keeps
     * the value.
     */
    public ScanSettingsBuilder countHandled(Boolean value) {
        if (value != null) {
            gate = gate.toBuilder().countsHandled(value).build();
        }
        return this;
    }

    /** {@code wait.wait_for_results}; null keeps the value. */
    public ScanSettingsBuilder waitForResults(Boolean value) {
        if (value != null) {
            waitOptions = waitOptions.toBuilder().waitForResults(value).build();
        }
        return this;
    }

    public ScanSettingsBuilder waitOptions(WaitOptions value) {
        waitOptions = value;
        return this;
    }

    /** {@code wait.timeout} as text, e.g. {@code 30m}; see {@link DurationValue}. */
    public ScanSettingsBuilder timeout(String text) {
        return waitDuration("wait.timeout", text, WaitOptions.Builder::timeout);
    }

    /** {@code wait.initial_poll_interval} as text, e.g. {@code 15s}. */
    public ScanSettingsBuilder pollInterval(String text) {
        return waitDuration("wait.initial_poll_interval", text, WaitOptions.Builder::initialPollInterval);
    }

    /** {@code wait.max_poll_interval} as text, e.g. {@code 2m}. */
    public ScanSettingsBuilder maxPollInterval(String text) {
        return waitDuration("wait.max_poll_interval", text, WaitOptions.Builder::maxPollInterval);
    }

    /** {@code wait.start_grace_period} as text, e.g. {@code 5m}. */
    public ScanSettingsBuilder startGracePeriod(String text) {
        return waitDuration("wait.start_grace_period", text, WaitOptions.Builder::startGracePeriod);
    }

    public ScanSettings build() {
        return new ScanSettings(repoType, images, operateAll, namespace, imageName, imageVersion, imageType,
                scanStatus, latestVersion, imageSize, latestUpdateTime, latestScanTime, projectId,
                enterpriseProjectId, instanceId, gate, waitOptions, synchronize, api, registry,
                List.copyOf(inputProblems.values()));
    }

    /** Sets one duration of the wait from text; blank text keeps it, unreadable text is a problem of {@code field}. */
    private ScanSettingsBuilder waitDuration(String field, String text,
                                             BiFunction<WaitOptions.Builder, Duration, WaitOptions.Builder> setter) {
        Duration value = read(field, text, DurationValue::parse, "duration.invalid");
        if (value != null) {
            waitOptions = setter.apply(waitOptions.toBuilder(), value).build();
        }
        return this;
    }

    /** The readable rules of {@code items}; the reasons of all unreadable ones become one problem of {@code field}. */
    private <T> List<T> readRules(String field, List<String> items, Function<String, T> parser) {
        inputProblems.remove(field);
        List<T> read = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (String item : items) {
            try {
                read.add(parser.apply(item));
            } catch (IllegalArgumentException e) {
                unreadable.add(e.getMessage());
            }
        }
        if (!unreadable.isEmpty()) {
            inputProblems.put(field, new SettingsProblem(field,
                    EngineMessages.format("rules.invalid", field, String.join(" ", unreadable))));
        }
        return read;
    }

    /** {@code true} or {@code false} in any case; null for blank text, and with a problem of {@code field} for other text. */
    Boolean flag(String field, String text) {
        return read(field, text, t -> switch (t.toLowerCase(Locale.ROOT)) {
            case "true" -> Optional.of(Boolean.TRUE);
            case "false" -> Optional.of(Boolean.FALSE);
            default -> Optional.<Boolean>empty();
        }, "flag.invalid");
    }

    private Long time(String field, String text) {
        return read(field, text, t -> {
            try {
                return Optional.of(TimeValue.parse(t));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }, "time.invalid");
    }

    /** The value of {@code text}, or null with a problem of {@code field} when it cannot be read. */
    private <T> T read(String field, String text, Function<String, Optional<T>> reader, String key,
                       Object... extra) {
        inputProblems.remove(field);
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<T> value = reader.apply(text.strip());
        if (value.isEmpty()) {
            Object[] arguments = new Object[extra.length + 2];
            arguments[0] = field;
            arguments[1] = text.strip();
            System.arraycopy(extra, 0, arguments, 2, extra.length);
            inputProblems.put(field, new SettingsProblem(field, EngineMessages.format(key, arguments)));
        }
        return value.orElse(null);
    }

    private static Optional<Long> parseLong(String text) {
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
