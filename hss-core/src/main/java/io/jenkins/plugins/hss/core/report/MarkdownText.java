package io.jenkins.plugins.hss.core.report;

/**
 * API text made inert inside a Markdown table cell: HTML is entity-encoded (a renderer must not
 * run it), Markdown punctuation is backslash-escaped (no links, code spans or emphasis from
 * data), pipes cannot end the cell and line breaks cannot end the row.
 */
final class MarkdownText {

    private static final String PUNCTUATION = "\\`*_{}[]()#+-.!|~";

    private MarkdownText() {
    }

    static String cell(String text) {
        String clean = PlainText.clean(text);
        StringBuilder out = new StringBuilder(clean.length());
        for (char c : clean.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (PUNCTUATION.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
