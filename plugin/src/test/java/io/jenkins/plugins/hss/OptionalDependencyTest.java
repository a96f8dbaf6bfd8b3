package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin must load without the optional huaweicloud-credentials plugin: only its optional
 * extension may name that plugin's types, since Jenkins skips an optional extension whose types
 * are missing but not a class the plugin's other code loads.
 */
class OptionalDependencyTest {

    @Test
    void onlyTheOptionalExtensionNamesTheTypesOfTheHuaweiCloudCredentialsPlugin() throws IOException, URISyntaxException {
        Path classes = Path.of(HuaweiCloudCredentialTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> naming;
        try (Stream<Path> files = Files.walk(classes)) {
            naming = files.filter(file -> file.toString().endsWith(".class"))
                    .filter(OptionalDependencyTest::namesHuaweiCloudCredentials)
                    .map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .sorted().toList();
        }
        assertThat(naming, contains("io/jenkins/plugins/hss/HuaweiCloudCredentialTypes.class"));
    }

    /** A class file names a type in its constant pool, as {@code com/huawei/devcloud/credentials/...}. */
    private static boolean namesHuaweiCloudCredentials(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("com/huawei/devcloud/credentials/");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + classFile, e);
        }
    }
}
