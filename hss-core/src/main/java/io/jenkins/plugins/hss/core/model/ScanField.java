package io.jenkins.plugins.hss.core.model;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a scan's text form ({@link ScanFields}), in their order: how each is read into a
 * {@link ScanSettingsBuilder} and written from {@link ScanSettings}. The one place where a name
 * meets a setting, so that a face gives names and text and never copies settings field by field.
 */
enum ScanField {
    IMAGE_TYPE("image_type", ScanSettingsBuilder::imageType,
            s -> s.imageType() == null ? null : s.imageType().wireName()),
    IMAGE_INFO_LIST("image_info_list", ScanSettingsBuilder::imageLines,
            s -> s.images().stream().map(ImageRef::toString).collect(Collectors.joining("\n"))),
    OPERATE_ALL("operate_all", (b, t) -> b.operateAll(b.flag("operate_all", t)), s -> flag(s.operateAll())),
    REPO_TYPE("repo_type", ScanSettingsBuilder::repoType, ScanSettings::repoType),
    NAMESPACE("namespace", ScanSettingsBuilder::namespace, ScanSettings::namespace),
    IMAGE_NAME("image_name", ScanSettingsBuilder::imageName, ScanSettings::imageName),
    IMAGE_VERSION("image_version", ScanSettingsBuilder::imageVersion, ScanSettings::imageVersion),
    SCAN_STATUS("scan_status", ScanSettingsBuilder::scanStatus, s -> s.scanStatus() == null ? null : s.scanStatus().wireName()),
    LATEST_VERSION("latest_version", (b, t) -> b.latestVersion(b.flag("latest_version", t)),
            s -> flag(s.latestVersion())),
    IMAGE_SIZE("image_size", ScanSettingsBuilder::imageSize, s -> number(s.imageSize())),
    START_LATEST_UPDATE_TIME("start_latest_update_time", ScanSettingsBuilder::startLatestUpdateTime,
            s -> number(s.latestUpdateTime().start())),
    END_LATEST_UPDATE_TIME("end_latest_update_time", ScanSettingsBuilder::endLatestUpdateTime,
            s -> number(s.latestUpdateTime().end())),
    START_LATEST_SCAN_TIME("start_latest_scan_time", ScanSettingsBuilder::startLatestScanTime,
            s -> number(s.latestScanTime().start())),
    END_LATEST_SCAN_TIME("end_latest_scan_time", ScanSettingsBuilder::endLatestScanTime,
            s -> number(s.latestScanTime().end())),
    PROJECT_ID("project_id", ScanSettingsBuilder::projectId, ScanSettings::projectId),
    ENTERPRISE_PROJECT_ID("enterprise_project_id", ScanSettingsBuilder::enterpriseProjectId,
            ScanSettings::enterpriseProjectId),
    INSTANCE_ID("instance_id", ScanSettingsBuilder::instanceId, ScanSettings::instanceId),
    API("api", ScanSettingsBuilder::api, s -> s.api().wireName()),
    REGISTRY("registry", ScanSettingsBuilder::registry, ScanSettings::registry),
    SYNCHRONIZE("synchronize", (b, t) -> b.synchronize(b.flag("synchronize", t)), s -> flag(s.synchronize())),
    GATE_THRESHOLDS("gate.thresholds", ScanSettingsBuilder::thresholds, s -> lines(s.gate().thresholds())),
    GATE_OUTCOMES("gate.outcomes", ScanSettingsBuilder::outcomes, s -> lines(outcomeRules(s.gate()))),
    GATE_COUNT_HANDLED("gate.count_handled", (b, t) -> b.countHandled(b.flag("gate.count_handled", t)),
            s -> flag(s.gate().countsHandled())),
    WAIT_FOR_RESULTS("wait.wait_for_results",
            (b, t) -> b.waitForResults(b.flag("wait.wait_for_results", t)),
            s -> flag(s.waitOptions().waitForResults())),
    TIMEOUT("wait.timeout", ScanSettingsBuilder::timeout, s -> duration(s.waitOptions().timeout())),
    INITIAL_POLL_INTERVAL("wait.initial_poll_interval", ScanSettingsBuilder::pollInterval,
            s -> duration(s.waitOptions().initialPollInterval())),
    MAX_POLL_INTERVAL("wait.max_poll_interval", ScanSettingsBuilder::maxPollInterval,
            s -> duration(s.waitOptions().maxPollInterval())),
    START_GRACE_PERIOD("wait.start_grace_period", ScanSettingsBuilder::startGracePeriod,
            s -> duration(s.waitOptions().startGracePeriod()));

    /** Every name, in order, as a problem lists them. */
    static final String NAMES = Arrays.stream(values()).map(ScanField::fieldName).collect(Collectors.joining(", "));

    private final String fieldName;
    private final BiConsumer<ScanSettingsBuilder, String> reader;
    private final Function<ScanSettings, String> writer;

    ScanField(String fieldName, BiConsumer<ScanSettingsBuilder, String> reader, Function<ScanSettings, String> writer) {
        this.fieldName = fieldName;
        this.reader = reader;
        this.writer = writer;
    }

    String fieldName() {
        return fieldName;
    }

    /** The field called {@code name}, or null. */
    static ScanField named(String name) {
        return Arrays.stream(values()).filter(field -> field.fieldName.equals(name)).findFirst().orElse(null);
    }

    void read(ScanSettingsBuilder settings, String text) {
        reader.accept(settings, text);
    }

    /** The text of this field in {@code settings}; null when it is not set. */
    String write(ScanSettings settings) {
        return writer.apply(settings);
    }

    private static String flag(Boolean value) {
        return value == null ? null : value.toString();
    }

    private static String number(Long value) {
        return value == null ? null : value.toString();
    }

    /** ISO-8601 ({@code PT15S}): {@link DurationValue} reads it, negative durations included. */
    private static String duration(Duration value) {
        return value == null ? null : value.toString();
    }

    private static String lines(List<?> items) {
        return items.stream().map(Object::toString).collect(Collectors.joining("\n"));
    }

    /**
     * An outcome rule for every case, so that the text says what each case decides without the
     * reader knowing this version's defaults.
     */
    private static List<OutcomeRule> outcomeRules(GatePolicy gate) {
        Set<ScanStatus> statuses = new LinkedHashSet<>(GatePolicy.defaults().statusOutcomes().keySet());
        statuses.addAll(gate.statusOutcomes().keySet());
        List<OutcomeRule> rules = new ArrayList<>();
        Arrays.stream(ScanStatus.values()).filter(statuses::contains)
                .forEach(status -> rules.add(new OutcomeRule(status.wireName(), gate.outcomeFor(status))));
        rules.add(new OutcomeRule(OutcomeRule.TIMEOUT, gate.onTimeout()));
        rules.add(new OutcomeRule(OutcomeRule.NOT_FOUND, gate.onNotFound()));
        rules.add(new OutcomeRule(OutcomeRule.NOT_STARTED, gate.onNotStarted()));
        return rules;
    }
}
