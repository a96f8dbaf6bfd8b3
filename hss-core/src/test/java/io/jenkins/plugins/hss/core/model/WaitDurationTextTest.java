package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wait's durations as faces pass them: text, read by the engine, unreadable text a problem of its field. */
class WaitDurationTextTest {

    private static ScanSettingsBuilder valid() {
        return ScanSettings.builder().projectId("0123456789abcdef0123456789abcdef").imageType("private_image")
                .image("team-a/nginx:1.25");
    }

    @Test
    void readsShortFormsAndIso8601() {
        WaitOptions wait = valid().timeout("1h").pollInterval("90s").maxPollInterval("PT3M").startGracePeriod("500ms")
                .build().waitOptions();

        assertThat(wait.timeout()).isEqualTo(Duration.ofHours(1));
        assertThat(wait.initialPollInterval()).isEqualTo(Duration.ofSeconds(90));
        assertThat(wait.maxPollInterval()).isEqualTo(Duration.ofMinutes(3));
        assertThat(wait.startGracePeriod()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void unreadableTextIsAProblemOfItsFieldAmongTheOthers() {
        ScanSettings settings = valid().imageType("nope").timeout("30 minutes").pollInterval("fast").build();

        assertThat(settings.problems()).extracting(SettingsProblem::field)
                .containsExactlyInAnyOrder("image_type", "wait.timeout", "wait.initial_poll_interval");
        assertThat(settings.problems()).filteredOn(p -> p.field().equals("wait.timeout")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"30 minutes\"", "30m", "PT30M"));
    }

    @Test
    void blankTextKeepsTheDefault() {
        assertThat(valid().timeout(" ").build().waitOptions().timeout()).isEqualTo(WaitOptions.defaults().timeout());
    }

    @Test
    void readDurationsAreValidatedLikeAnyOther() {
        ScanSettings settings = valid().pollInterval("5m").maxPollInterval("1m").build();

        assertThat(settings.problems()).extracting(SettingsProblem::field).containsExactly("wait.initial_poll_interval");
    }
}
