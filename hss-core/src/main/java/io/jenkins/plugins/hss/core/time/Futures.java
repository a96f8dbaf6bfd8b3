package io.jenkins.plugins.hss.core.time;

import java.util.concurrent.CompletionException;

/** What the engine's asynchronous stages share about how they end. */
public final class Futures {

    private Futures() {
    }

    /**
     * What a stage failed with, not the {@link CompletionException} a dependent stage's completion
     * wrapped around it; null for none.
     */
    public static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
