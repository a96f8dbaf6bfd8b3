package io.jenkins.plugins.hss.core.auth;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * IAM tokens per credential and scope, fetched once however many callers want one at the same time
 * (single flight): HSS and IAM limit calls per user, and every build of a controller may use the
 * same credential. A failed fetch is not cached; the next caller tries again.
 */
public final class TokenCache {

    private static final TokenCache SHARED = new TokenCache();

    private final Map<String, CompletableFuture<IamToken>> tokens = new HashMap<>();

    /** The cache of this JVM, shared by every client that is not given its own. */
    public static TokenCache shared() {
        return SHARED;
    }

    /** Fetches an IAM token; runs on the thread of the caller that finds no usable token. */
    @FunctionalInterface
    public interface TokenFetch {
        IamToken fetch() throws IOException;
    }

    /**
     * The cached token for {@code key} while it does not need refreshing at {@code now}; else one
     * fetched by {@code fetch}, or by the caller already fetching it.
     *
     * @param key a non-secret key of credential and scope, e.g. identity, IAM endpoint and project
     */
    public IamToken get(String key, Instant now, TokenFetch fetch) throws IOException {
        CompletableFuture<IamToken> mine = null;
        CompletableFuture<IamToken> current;
        synchronized (tokens) {
            current = tokens.get(key);
            if (current == null || isStale(current, now)) {
                mine = new CompletableFuture<>();
                tokens.put(key, mine);
                current = mine;
            }
        }
        if (mine != null) {
            fetchInto(key, mine, fetch);
        }
        return await(current);
    }

    /** Forgets {@code rejected} (HSS refused it), unless another caller already replaced it. */
    public void invalidate(String key, IamToken rejected) {
        synchronized (tokens) {
            CompletableFuture<IamToken> current = tokens.get(key);
            if (current != null && current.isDone() && !current.isCompletedExceptionally() && current.join() == rejected) {
                tokens.remove(key);
            }
        }
    }

    private static boolean isStale(CompletableFuture<IamToken> token, Instant now) {
        return token.isDone() && (token.isCompletedExceptionally() || token.join().needsRefresh(now));
    }

    private void fetchInto(String key, CompletableFuture<IamToken> mine, TokenFetch fetch) {
        try {
            mine.complete(fetch.fetch());
        } catch (IOException | RuntimeException e) {
            synchronized (tokens) {
                tokens.remove(key, mine);
            }
            mine.completeExceptionally(e);
        }
    }

    private static IamToken await(CompletableFuture<IamToken> token) throws IOException {
        try {
            return token.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for an IAM token");
            interrupted.initCause(e);
            throw interrupted;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw (RuntimeException) e.getCause();
        }
    }
}
