package io.jenkins.plugins.hss.core;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The engine's user-facing sentences, kept in {@code Messages.properties} beside this class so that
 * every face shows the same words and they can be translated in one place.
 */
public final class EngineMessages {

    private static final String BUNDLE = "io.jenkins.plugins.hss.core.Messages";

    private EngineMessages() {
    }

    /** The text for {@code key} with {@code arguments} filled in ({@link MessageFormat} syntax). */
    public static String format(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, Locale.getDefault()).getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(plain(arguments));
    }

    /** Numbers as written (an epoch of 1718000000000, not 1,718,000,000,000). */
    private static Object[] plain(Object[] arguments) {
        Object[] plain = arguments.clone();
        for (int i = 0; i < plain.length; i++) {
            if (plain[i] instanceof Number) {
                plain[i] = plain[i].toString();
            }
        }
        return plain;
    }
}
