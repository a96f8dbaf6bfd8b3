package io.jenkins.plugins.hss.core.report;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the SARIF report: a kind of finding, described once, that results refer to by
 * {@code id}. Every text is already clean; {@code helpMarkdown} is already escaped.
 *
 * @param name    an identifier-like name (SARIF's {@code reportingDescriptor.name}), or null
 * @param helpUri an absolute http(s) URI, or null
 */
record SarifRule(String id, String name, String shortDescription, String fullDescription, String helpText,
                 String helpMarkdown, String helpUri, List<String> tags) {

    SarifRule {
        Objects.requireNonNull(id, "id");
        tags = List.copyOf(tags);
    }
}
