package io.jenkins.plugins.hss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code hss-scan --version}: the version Maven built, from a filtered resource. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"hss-scan " + number(), "Java ${java.version} (${java.vendor})"};
    }

    /** The version Maven built, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a build. */
    static String number() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version of hss-scan", e);
        }
        return properties.getProperty("version", "unknown");
    }
}
