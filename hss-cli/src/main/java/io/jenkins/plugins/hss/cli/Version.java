package io.jenkins.plugins.hss.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code hss-scan --version}: the version Maven built, from a filtered resource. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"hss-scan " + properties.getProperty("version", "unknown"),
            "Java ${java.version} (${java.vendor})"};
    }
}
