package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.model.OutcomeRule;
import io.jenkins.plugins.hss.core.model.ScanFields;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How results become the verdict: the engine's gate, given in its text forms, so that the engine
 * reads every value and reports an unreadable one with all other problems. Cases not named keep
 * the engine's outcomes.
 */
final class GateOptions {

    @SettingsField("gate.thresholds")
    @Option(names = "--gate", paramLabel = "RULE",
            description = "A limit on findings, [per_image:|total:]metric>max[:outcome], e.g. immediate_repair>0:failure "
                    + "or total:vulnerabilities>50:unstable; metrics: vulnerabilities, immediate_repair, delay_repair, "
                    + "not_needed_repair, malicious_files, unsafe_settings; per image also severity>LEVEL (newer API), "
                    + "cvss>SCORE (a CVE scored above SCORE, 0-10, e.g. cvss>8.9) and cve:CVE-YYYY-NNNN (a denied CVE, "
                    + "e.g. cve:CVE-2021-44228:unstable). Repeat for several.")
    List<String> thresholds = new ArrayList<>();

    @SettingsField("gate.count_handled")
    @Option(names = "--count-handled",
            description = "Count the vulnerabilities marked handled in HSS (false positives, accepted risks) in the "
                    + "vulnerability thresholds too. By default they count the unhandled ones only, which HSS's "
                    + "vulnerability list gives (docs/gating.md).")
    boolean countHandled;

    @SettingsField("gate.outcomes")
    @Option(names = "--outcome", paramLabel = "CASE=OUTCOME",
            description = "The outcome of a case instead of the engine's; a case is a terminal scan status, timeout, "
                    + "not_found or not_started, e.g. image_oversized=failure or timeout=unstable. Repeat for several "
                    + "(defaults: docs/gating.md).")
    List<String> outcomes = new ArrayList<>();

    // The options below came before --outcome and stay as its aliases; their values are reported
    // as the rules they stand for, under --outcome.

    @Option(names = "--status-outcome", paramLabel = "STATUS=OUTCOME", description = "Another name for --outcome.")
    List<String> statusOutcomes = new ArrayList<>();

    @Option(names = "--on-timeout", paramLabel = "OUTCOME",
            description = "Short for --outcome timeout=OUTCOME: an image whose scan started but did not end in time.")
    String onTimeout;

    @Option(names = "--on-not-started", paramLabel = "OUTCOME",
            description = "Short for --outcome not_started=OUTCOME: an image whose scan never started.")
    String onNotStarted;

    @Option(names = "--on-not-found", paramLabel = "OUTCOME",
            description = "Short for --outcome not_found=OUTCOME: an image that is not in the repository.")
    String onNotFound;

    boolean hasThresholds() {
        return !thresholds.isEmpty();
    }

    void putTo(ScanFields.Builder fields) {
        fields.put("gate.thresholds", thresholds).put("gate.outcomes", outcomeRules())
                .put("gate.count_handled", countHandled);
    }

    /** Every outcome rule given, aliases first: the engine applies them in order, so --outcome wins. */
    private List<String> outcomeRules() {
        List<String> rules = new ArrayList<>(statusOutcomes);
        addRule(rules, OutcomeRule.TIMEOUT, onTimeout);
        addRule(rules, OutcomeRule.NOT_STARTED, onNotStarted);
        addRule(rules, OutcomeRule.NOT_FOUND, onNotFound);
        rules.addAll(outcomes);
        return rules;
    }

    private static void addRule(List<String> rules, String when, String outcome) {
        if (outcome != null) {
            rules.add(when + "=" + outcome);
        }
    }
}
