package io.jenkins.plugins.hss.core.report;

/**
 * API text made safe for a console or an XML document: control characters (an ANSI escape could
 * rewrite a console line, most of them are illegal in XML 1.0) and unpaired surrogates become
 * {@code ?}, line breaks a space, so one value stays on one line.
 */
final class PlainText {

    private PlainText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF' || unpairedSurrogate(text, i)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean unpairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
    }
}
