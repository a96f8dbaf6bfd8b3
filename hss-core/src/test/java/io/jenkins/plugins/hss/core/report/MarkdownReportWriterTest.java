package io.jenkins.plugins.hss.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownReportWriterTest {

    private final String markdown = new MarkdownReportWriter().render(Reports.mixed());

    @Test
    void showsTheVerdictAndOneRowPerImage() {
        assertThat(markdown).startsWith("## HSS image scan: FAILURE");
        assertThat(markdown.lines().filter(l -> l.startsWith("| team\\-a/"))).hasSize(4);
    }

    @Test
    void apiTextCannotBreakTheTableOrInjectHtml() {
        String row = markdown.lines().filter(l -> l.contains("bad")).filter(l -> l.startsWith("|")).findFirst().orElseThrow();
        assertThat(row).doesNotContain("<script>").contains("&lt;script&gt;").contains("\\|").contains("\\`");
        assertThat(row.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(8);
        assertThat(markdown).doesNotContain("\u001b");
    }
}
