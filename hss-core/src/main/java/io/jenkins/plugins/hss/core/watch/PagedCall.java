package io.jenkins.plugins.hss.core.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * All pages of one list query, each page a separate call through the API's queue (so a long
 * listing shares the budget fairly with other callers). Cancelling the result withdraws the page
 * still waiting in the queue: nothing more is sent.
 */
final class PagedCall<T> {

    /** One page of a list API. */
    record Page<T>(int total, List<T> items) {
    }

    /** Fetches the page at {@code offset}. */
    @FunctionalInterface
    interface Source<T> {
        Page<T> fetch(int offset, int limit) throws IOException;
    }

    /** Every item of the query, and the number of requests it took. */
    record Listing<T>(List<T> items, int requests) {
    }

    private final CallQueue queue;
    private final int pageSize;
    private final Source<T> source;
    private final List<T> items = new ArrayList<>();
    private final CompletableFuture<Listing<T>> result = new CompletableFuture<>();
    private volatile CompletableFuture<Page<T>> inFlight;
    private int requests;

    private PagedCall(CallQueue queue, int pageSize, Source<T> source) {
        this.queue = queue;
        this.pageSize = pageSize;
        this.source = source;
    }

    static <T> CompletableFuture<Listing<T>> all(CallQueue queue, int pageSize, Source<T> source) {
        PagedCall<T> call = new PagedCall<>(queue, pageSize, source);
        call.result.whenComplete((listing, error) -> {
            CompletableFuture<Page<T>> page = call.inFlight;
            if (call.result.isCancelled() && page != null) {
                page.cancel(false);
            }
        });
        call.fetch(0);
        return call.result;
    }

    private void fetch(int offset) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<Page<T>> page = queue.submit(() -> source.fetch(offset, pageSize));
        inFlight = page;
        page.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            requests++;
            items.addAll(value.items());
            int next = offset + pageSize;
            if (next < value.total() && !value.items().isEmpty()) {
                fetch(next);
            } else {
                result.complete(new Listing<>(List.copyOf(items), requests));
            }
        });
    }
}
