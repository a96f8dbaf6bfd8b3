package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command reaches HSS only through the engine's facade: no class of it names the client, so no
 * call of the command can go around the budget of its user.
 */
class EngineOnlyTest {

    private static final List<String> AROUND_THE_BUDGET = List.of(
            "io/jenkins/plugins/hss/core/client/HssClient", "io/jenkins/plugins/hss/core/client/HssApi");

    @Test
    void noClassOfTheCommandNamesTheClient() throws IOException, URISyntaxException {
        Path classes = Path.of(HssScanCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> files = Files.walk(classes)) {
            List<Path> classFiles = files.filter(file -> file.toString().endsWith(".class")).toList();
            assertThat(classFiles).hasSizeGreaterThan(20);
            for (Path file : classFiles) {
                byte[] bytes = Files.readAllBytes(file);
                for (String name : AROUND_THE_BUDGET) {
                    assertThat(references(bytes, name)).as("%s names %s", classes.relativize(file), name).isFalse();
                }
            }
        }
    }

    /** Whether a class file's constant pool holds {@code name} as a class or in a type descriptor. */
    private static boolean references(byte[] classFile, String name) {
        byte[] asClass = name.getBytes(StandardCharsets.UTF_8);
        byte[] lengthPrefixed = new byte[asClass.length + 2];
        lengthPrefixed[0] = (byte) (asClass.length >> 8);
        lengthPrefixed[1] = (byte) asClass.length;
        System.arraycopy(asClass, 0, lengthPrefixed, 2, asClass.length);
        return contains(classFile, lengthPrefixed)
                || contains(classFile, ("L" + name + ";").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
