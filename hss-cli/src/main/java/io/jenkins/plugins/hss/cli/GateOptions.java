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

/** How results become the verdict: the engine's {@link GatePolicy}, unchanged where no option is given. */
final class GateOptions {

    @SettingsField("gate.thresholds")
    @Option(names = "--gate", paramLabel = "RULE",
            description = "A limit on findings, [per_image:|total:]metric>max[:outcome], e.g. immediate_repair>0:failure "
                    + "or total:vulnerabilities>50:unstable; metrics: vulnerabilities, immediate_repair, delay_repair, "
                    + "not_needed_repair, malicious_files, unsafe_settings. Repeat for several.")
    List<String> thresholds = new ArrayList<>();

    @Option(names = "--status-outcome", paramLabel = "STATUS=OUTCOME",
            description = "The outcome of a scan that ends in STATUS, e.g. image_oversized=failure "
                    + "(defaults: success=success, failed=failure, download_failed=failure, image_oversized=unstable).")
    Map<ScanStatus, Outcome> statusOutcomes = new LinkedHashMap<>();

    @Option(names = "--on-timeout", paramLabel = "OUTCOME",
            description = "The outcome of an image whose scan started but did not end in time (default: failure).")
    Outcome onTimeout;

    @Option(names = "--on-not-started", paramLabel = "OUTCOME",
            description = "The outcome of an image whose scan never started (default: failure).")
    Outcome onNotStarted;

    @Option(names = "--on-not-found", paramLabel = "OUTCOME",
            description = "The outcome of an image that is not in the repository (default: failure).")
    Outcome onNotFound;

    boolean hasThresholds() {
        return !thresholds.isEmpty();
    }

    void applyTo(ScanSettingsBuilder settings) {
        GatePolicy.Builder gate = GatePolicy.defaults().toBuilder();
        statusOutcomes.forEach(gate::statusOutcome);
        if (onTimeout != null) {
            gate.onTimeout(onTimeout);
        }
        if (onNotStarted != null) {
            gate.onNotStarted(onNotStarted);
        }
        if (onNotFound != null) {
            gate.onNotFound(onNotFound);
        }
        settings.gate(gate.build()).thresholds(String.join("\n", thresholds));
    }
}
