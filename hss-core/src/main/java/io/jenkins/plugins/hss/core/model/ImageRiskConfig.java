package io.jenkins.plugins.hss.core.model;

import java.util.Optional;

/**
 * The outcome of one baseline (a system's security configuration checks) on an image, as
 * ListImageRiskConfigs reports it ({@code ImageRiskConfigsInfoResponseInfo}, SDK 3.1.212).
 *
 * @param severity      High, Medium, Low or Security
 * @param standard      {@code cn_standard} (the compliance standard) or {@code hw_standard} (the cloud
 *                      security practice)
 * @param failedRuleNum the checks the image failed, of {@code check_rule_num}
 */
public record ImageRiskConfig(
        String severity,
        String checkName,
        String checkType,
        String standard,
        Integer checkRuleNum,
        Integer failedRuleNum,
        String checkTypeDesc) {

    /** The risk as a known level; empty for a value this version does not know. */
    public Optional<SeverityLevel> level() {
        return WireValue.fromWire(SeverityLevel.class, severity);
    }
}
