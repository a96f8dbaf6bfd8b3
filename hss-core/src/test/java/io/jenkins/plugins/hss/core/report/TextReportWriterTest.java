package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextReportWriterTest {

    private final String text = new TextReportWriter().render(Reports.mixed());

    @Test
    void listsEveryImageThenTheVerdict() {
        assertThat(text).contains("team-a/ok:1.0", "team-a/bad:1.0", "Verdict: FAILURE");
    }

    @Test
    void controlCharactersFromTheApiNeverReachTheConsole() {
        assertThat(text).doesNotContain("\u001b");
        assertThat(text.lines().filter(l -> l.startsWith("next"))).isEmpty();
    }
}
