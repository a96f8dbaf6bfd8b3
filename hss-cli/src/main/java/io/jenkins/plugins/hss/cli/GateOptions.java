package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.gate.GatePolicy;
import io.jenkins.plugins.hss.core.gate.Outcome;
import io.jenkins.plugins.hss.core.model.ScanSettingsBuilder;
import io.jenkins.plugins.hss.core.model.ScanStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** How results become the verdict: the engine's {@link GatePolicy}, whose defaults are the options' defaults. */
final class GateOptions {

    private static final GatePolicy DEFAULTS = GatePolicy.defaults();

    @SettingsField("gate.thresholds")
    @Option(names = "--gate", paramLabel = "RULE",
            description = "A limit on findings, [per_image:|total:]metric>max[:outcome], e.g. immediate_repair>0:failure "
                    + "or total:vulnerabilities>50:unstable; metrics: vulnerabilities, immediate_repair, delay_repair, "
                    + "not_needed_repair, malicious_files, unsafe_settings. Repeat for several.")
    List<String> thresholds = new ArrayList<>();

    @Option(names = "--status-outcome", paramLabel = "STATUS=OUTCOME",
            description = "The outcome of a scan that ends in STATUS instead of the engine's, e.g. "
                    + "image_oversized=failure; repeat for several (defaults: docs/gating.md).")
    Map<ScanStatus, Outcome> statusOutcomes = new LinkedHashMap<>();

    @Option(names = "--on-timeout", paramLabel = "OUTCOME",
            description = "The outcome of an image whose scan started but did not end in time. Default: ${DEFAULT-VALUE}.")
    Outcome onTimeout = DEFAULTS.onTimeout();

    @Option(names = "--on-not-started", paramLabel = "OUTCOME",
            description = "The outcome of an image whose scan never started. Default: ${DEFAULT-VALUE}.")
    Outcome onNotStarted = DEFAULTS.onNotStarted();

    @Option(names = "--on-not-found", paramLabel = "OUTCOME",
            description = "The outcome of an image that is not in the repository. Default: ${DEFAULT-VALUE}.")
    Outcome onNotFound = DEFAULTS.onNotFound();

    boolean hasThresholds() {
        return !thresholds.isEmpty();
    }

    void applyTo(ScanSettingsBuilder settings) {
        GatePolicy.Builder gate = DEFAULTS.toBuilder().onTimeout(onTimeout).onNotStarted(onNotStarted).onNotFound(onNotFound);
        statusOutcomes.forEach(gate::statusOutcome);
        settings.gate(gate.build()).thresholds(String.join("\n", thresholds));
    }
}
