package io.jenkins.plugins.hss.core.report;

import java.util.regex.Pattern;

/**
 * API text made inert in Markdown: HTML is entity-encoded (a renderer must not run it), Markdown
 * punctuation is backslash-escaped (no links, code spans or emphasis from data) and line breaks
 * are flattened, so one value stays one line of text.
 */
final class MarkdownText {

    /** In a table cell, pipes too, and everything a cell could turn into markup. */
    private static final String CELL_PUNCTUATION = "\\`*_{}[]()#+-.!|~";
    /**
     * In a paragraph, only what makes inline markup: the text also reads well unrendered, as
     * Warnings NG shows it, and a block start is escaped on its own.
     */
    private static final String PARAGRAPH_PUNCTUATION = "\\`*_[]#!|~";
    private static final Pattern BLOCK_MARKER = Pattern.compile("^[-+=]");
    private static final Pattern LIST_NUMBER = Pattern.compile("^(\\d{1,9})([.)])");

    private MarkdownText() {
    }

    static String cell(String text) {
        return escape(PlainText.clean(text), CELL_PUNCTUATION);
    }

    /** {@code text} as a paragraph of its own: no heading, list, quote or code block can start it. */
    static String paragraph(String text) {
        String escaped = escape(PlainText.clean(text).strip(), PARAGRAPH_PUNCTUATION);
        escaped = BLOCK_MARKER.matcher(escaped).replaceFirst("\\\\$0");
        return LIST_NUMBER.matcher(escaped).replaceFirst("$1\\\\$2");
    }

    private static String escape(String clean, String punctuation) {
        StringBuilder out = new StringBuilder(clean.length());
        for (char c : clean.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (punctuation.indexOf(c) >= 0) {
                        out.append('\\');
                    }
                    out.append(c);
                }
            }
        }
        return out.toString();
    }
}
