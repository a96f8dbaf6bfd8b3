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

    /**
     * Which page to read next. {@link #once()} reads each page once, in order; a long poll may
     * read a page again before the next unread one ({@link PageRevisits}).
     */
    interface Order<T> {

        /** The offset to read now, {@code unread} being the first offset not read yet. */
        int next(int unread);

        /** The page at {@code offset} was read. */
        void read(int offset, Page<T> page);

        static <T> Order<T> once() {
            return new Order<>() {
                @Override
                public int next(int unread) {
                    return unread;
                }

                @Override
                public void read(int offset, Page<T> page) {
                }
            };
        }
    }

    /**
     * Every item of the query, in the order read (a page read again adds its items again), and
     * the number of requests it took.
     *
     * @param unchanged whether every page gave the same total and the pages held exactly that
     *                  many items: nothing entered or left the listing while it was read, so no
     *                  item was skipped by an offset that shifted (for a listing read once)
     */
    record Listing<T>(List<T> items, int requests, boolean unchanged) {
    }

    private final CallQueue queue;
    private final int pageSize;
    private final Source<T> source;
    private final Order<T> order;
    private final List<T> items = new ArrayList<>();
    private final CompletableFuture<Listing<T>> result = new CompletableFuture<>();
    private volatile CompletableFuture<Page<T>> inFlight;
    private int requests;
    private int unread;
    private int firstTotal = -1;
    private boolean totalsAgree = true;

    private PagedCall(CallQueue queue, int pageSize, Source<T> source, Order<T> order) {
        this.queue = queue;
        this.pageSize = pageSize;
        this.source = source;
        this.order = order;
    }

    static <T> CompletableFuture<Listing<T>> all(CallQueue queue, int pageSize, Source<T> source) {
        return all(queue, pageSize, source, Order.once());
    }

    static <T> CompletableFuture<Listing<T>> all(CallQueue queue, int pageSize, Source<T> source, Order<T> order) {
        PagedCall<T> call = new PagedCall<>(queue, pageSize, source, order);
        call.result.whenComplete((listing, error) -> {
            CompletableFuture<Page<T>> page = call.inFlight;
            if (call.result.isCancelled() && page != null) {
                page.cancel(false);
            }
        });
        call.fetchNext();
        return call.result;
    }

    private void fetchNext() {
        if (result.isDone()) {
            return;
        }
        int offset = order.next(unread);
        CompletableFuture<Page<T>> page = queue.submit(() -> source.fetch(offset, pageSize));
        inFlight = page;
        page.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
                return;
            }
            requests++;
            if (firstTotal < 0) {
                firstTotal = value.total();
            }
            totalsAgree &= value.total() == firstTotal;
            items.addAll(value.items());
            order.read(offset, value);
            if (offset != unread) {
                fetchNext();
            } else if (offset + pageSize < value.total() && !value.items().isEmpty()) {
                unread = offset + pageSize;
                fetchNext();
            } else {
                result.complete(new Listing<>(List.copyOf(items), requests, totalsAgree && items.size() == firstTotal));
            }
        });
    }
}
