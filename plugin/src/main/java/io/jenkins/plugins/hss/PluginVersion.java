package io.jenkins.plugins.hss;

import hudson.PluginWrapper;
import jenkins.model.Jenkins;

/** The version of this plugin as Jenkins loaded it, for the reports that name their tool's version (SARIF). */
final class PluginVersion {

    private PluginVersion() {}

    /** This plugin's version, e.g. {@code 0.1.0}; {@code unknown} if Jenkins cannot tell. */
    static String number() {
        Jenkins jenkins = Jenkins.getInstanceOrNull();
        PluginWrapper plugin = jenkins == null ? null : jenkins.getPluginManager().whichPlugin(PluginVersion.class);
        return plugin == null ? "unknown" : plugin.getVersion();
    }
}
