package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttp;
import org.junit.jupiter.api.Test;

/**
 * The engine is compiled and tested against the Jackson and okhttp that the reactor pins
 * ({@code jackson.version}, {@code okhttp.version} in the root pom), but the plugin runs it on
 * what the jackson2-api and okhttp-api plugins of the BOM ship: the two must be the same. This
 * test reads both, so it fails when the BOM moves and the reactor does not (or the other way).
 */
class EngineLibrariesTest {

    @Test
    void theReactorPinsTheJacksonThatJackson2ApiShips() throws Exception {
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(), is(reactorProperty("jackson.version")));
    }

    @Test
    void theReactorPinsTheOkhttpThatOkhttpApiShips() throws Exception {
        assertThat(OkHttp.VERSION, is(reactorProperty("okhttp.version")));
    }

    /** A property of the reactor's pom: the plugin is built only inside the reactor (profile {@code jenkins}). */
    private static String reactorProperty(String name) throws Exception {
        String pom = Files.readString(Path.of("..", "pom.xml"), StandardCharsets.UTF_8);
        Matcher property = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(name + " in the reactor's pom", property.find(), is(true));
        return property.group(1).trim();
    }
}
