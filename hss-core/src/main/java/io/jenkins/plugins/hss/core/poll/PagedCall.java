package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.CallQueue;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * All pages of one list query, each page a separate call through the API's queue (so a long
 * listing shares the budget fairly with other callers). Cancelling the result withdraws the page
 * still waiting in the queue: nothing more is sent.
 *
 * <p>Pages are checked as they come, since paging on a service's word never ends when that word
 * is wrong: a page that repeats the one before at another offset (a listing that does not move),
 * or a page without rows at an offset below its own {@code total_num}, is an answer that
 * contradicts itself, and ends the listing as malformed. A listing that merely never reaches
 * {@code total_num} ends with its calls' deadline.
 */
public final class PagedCall<T, R> {

    /** Fetches the page at {@code offset}. */
    @FunctionalInterface
    public interface Source<T> {
        ListPage<T> fetch(int offset, int limit) throws IOException;
    }

    /**
     * Which page to read next. {@link #once()} reads each page once, in order; a long poll may
     * read a page again before the next unread one ({@link PageRevisits}).
     */
    interface Order<T> {

        /** The offset to read now, {@code unread} being the first offset not read yet. */
        int next(int unread);

        /** The page at {@code offset} was read. */
        void read(int offset, ListPage<T> page);

        static <T> Order<T> once() {
            return new Order<>() {
                @Override
                public int next(int unread) {
                    return unread;
                }

                @Override
                public void read(int offset, ListPage<T> page) {
                }
            };
        }
    }

    /**
     * What a listing makes of the pages it reads, as it reads them: {@link #all} keeps every item
     * in a {@link Listing}; a poll keeps them in its {@link Sweep}, one row per image, and never
     * holds a listing of its own.
     */
    public interface Reader<T, R> {

        /** The rows of a page, read at their first reading or again (a later look at the same offsets). */
        void read(List<T> rows, boolean firstRead);

        /** What the listing made, once its last page is read; {@code unchanged} as {@link Listing#unchanged()} says. */
        R done(boolean unchanged);
    }

    /**
     * Every item of the query, in the order read (a page read again adds its items again).
     *
     * @param unchanged whether every page gave the same total and the pages, each counted at its
     *                  first reading, held exactly that many items: nothing entered or left the
     *                  listing while it was read (a page read again is a later look at the same
     *                  offsets, and only its total counts)
     * @param firstReads the items of each page at its first reading, in order: {@code items}
     *                  itself when no page was read again
     */
    public record Listing<T>(List<T> items, boolean unchanged, List<T> firstReads) {
    }

    private final CallQueue queue;
    private final ApiName api;
    private final CallPolicy policy;
    private final int pageSize;
    private final Source<T> source;
    private final Order<T> order;
    private final Reader<T, R> reader;
    private final CompletableFuture<R> result = new CompletableFuture<>();
    private volatile CompletableFuture<ListPage<T>> inFlight;
    private int unread;
    private int firstTotal = -1;
    private boolean totalsAgree = true;
    /** The items of the pages at their first reading. */
    private int firstReadItems;
    private List<T> lastPage;
    private int lastOffset;

    private PagedCall(CallQueue queue, ApiName api, CallPolicy policy, int pageSize, Source<T> source, Order<T> order,
                      Reader<T, R> reader) {
        this.queue = queue;
        this.api = api;
        this.policy = policy;
        this.pageSize = pageSize;
        this.source = source;
        this.order = order;
        this.reader = reader;
    }

    static <T> CompletableFuture<Listing<T>> all(CallQueue queue, ApiName api, CallPolicy policy, int pageSize,
                                                 Source<T> source) {
        return read(queue, api, policy, pageSize, source, Order.once(), items());
    }

    /** Every page of the query in {@code order}, each handed to {@code reader} as it is read. */
    static <T, R> CompletableFuture<R> read(CallQueue queue, ApiName api, CallPolicy policy, int pageSize,
                                            Source<T> source, Order<T> order, Reader<T, R> reader) {
        PagedCall<T, R> call = new PagedCall<>(queue, api, policy, pageSize, source, order, reader);
        call.result.whenComplete((listing, error) -> {
            CompletableFuture<ListPage<T>> page = call.inFlight;
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
        CompletableFuture<ListPage<T>> page = queue.submit(() -> source.fetch(offset, pageSize), policy);
        inFlight = page;
        page.whenComplete((value, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                read(offset, value);
            }
        });
    }

    private void read(int offset, ListPage<T> page) {
        boolean firstRead = offset == unread;
        if (firstRead && contradicts(offset, page)) {
            return;
        }
        if (firstTotal < 0) {
            firstTotal = page.totalNum();
        }
        totalsAgree &= page.totalNum() == firstTotal;
        reader.read(page.rows(), firstRead);
        if (firstRead) {
            firstReadItems += page.rows().size();
        }
        order.read(offset, page);
        if (!firstRead) {
            fetchNext();
        } else if (offset + pageSize < page.totalNum()) {
            lastPage = page.rows();
            lastOffset = offset;
            unread = offset + pageSize;
            fetchNext();
        } else {
            result.complete(reader.done(totalsAgree && firstReadItems == firstTotal));
        }
    }

    /** The reader that keeps every item, as {@link #all} does. */
    static <T> Reader<T, Listing<T>> items() {
        return new Items<>();
    }

    /** The reader of {@link #all}: every item, and the items of each page at its first reading. */
    private static final class Items<T> implements Reader<T, Listing<T>> {
        private final List<T> items = new ArrayList<>();
        private final List<T> firstReads = new ArrayList<>();
        private boolean readAgain;

        @Override
        public void read(List<T> rows, boolean firstRead) {
            items.addAll(rows);
            if (firstRead) {
                firstReads.addAll(rows);
            } else {
                readAgain = true;
            }
        }

        @Override
        public Listing<T> done(boolean unchanged) {
            List<T> all = List.copyOf(items);
            return new Listing<>(all, unchanged, readAgain ? List.copyOf(firstReads) : all);
        }
    }

    /** Ends the listing as malformed when this page, read for the first time, cannot be true. */
    private boolean contradicts(int offset, ListPage<T> page) {
        String problem = null;
        if (page.rows().isEmpty() && offset < page.totalNum()) {
            problem = EngineMessages.format("paging.no_rows", page.totalNum(), offset);
        } else if (lastPage != null && !page.rows().isEmpty() && page.rows().equals(lastPage)) {
            problem = EngineMessages.format("paging.repeated", offset, lastOffset);
        }
        if (problem == null) {
            return false;
        }
        result.completeExceptionally(MalformedResponseException.contradiction("GET " + api.label(), problem));
        return true;
    }
}
