package io.jenkins.plugins.hss.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the call ledger of {@code hss-scan} lives: {@code --call-ledger} (or {@code HSS_CALL_LEDGER}),
 * else the user's cache directory as the environment names it ({@code $XDG_CACHE_HOME/hss-scan},
 * {@code $HOME/.cache/hss-scan}, or on Windows {@code %LOCALAPPDATA%\hss-scan}). Only the
 * environment is read, never the JVM's idea of a home, so that a CI job (or a test) that sets none
 * of them shares nothing.
 */
final class CallLedgerLocation {

    /** The value of {@code --call-ledger} that keeps the budget to this run. */
    static final String NONE = "none";
    private static final String DIRECTORY = "hss-scan";

    private CallLedgerLocation() {
    }

    /** The ledger's directory, or null for none. */
    static Path of(String option, Shell shell) {
        if (option != null && !option.isBlank()) {
            return option.strip().equalsIgnoreCase(NONE) ? null : shell.resolve(option.strip());
        }
        Map<String, String> environment = shell.environment();
        if (given(environment.get("XDG_CACHE_HOME"))) {
            return Path.of(environment.get("XDG_CACHE_HOME").strip(), DIRECTORY);
        }
        if (given(environment.get("HOME"))) {
            return Path.of(environment.get("HOME").strip(), ".cache", DIRECTORY);
        }
        if (given(environment.get("LOCALAPPDATA"))) {
            return Path.of(environment.get("LOCALAPPDATA").strip(), DIRECTORY);
        }
        return null;
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
