package io.jenkins.plugins.hss.core.client;

import java.time.Instant;
import java.util.function.Consumer;

/** Walks HSS's offset/limit pages until {@code total_num} is reached: the one page loop of the client. */
public final class Paging {

    /** HSS's page size bounds on the older list calls. */
    public static final int MIN_LIMIT = 10;
    public static final int MAX_LIMIT = 200;

    /** The bounds of most list calls of the newer image API (SDK 3.1.212): limit 10-200, offset 0-2,000,000. */
    public static final Bounds LISTS = new Bounds(MIN_LIMIT, MAX_LIMIT, 2_000_000);
    /** ListRegistryImages takes pages of 1 to 200. */
    public static final Bounds REGISTRY_IMAGES = new Bounds(1, MAX_LIMIT, 2_000_000);

    private Paging() {
    }

    /**
     * What one page said: the total and how many items it carried.
     *
     * @param serverDate the response's {@code Date} (the service's clock, whole seconds), null when absent
     */
    public record PageCount(int totalNum, int items, Instant serverDate) {

        public PageCount(int totalNum, int items) {
            this(totalNum, items, null);
        }
    }

    /** The page sizes and offsets one list call takes. */
    public record Bounds(int minLimit, int maxLimit, int maxOffset) {

        /** @throws IllegalArgumentException when {@code limit} is outside this call's bounds */
        public void checkLimit(int limit) {
            if (limit < minLimit || limit > maxLimit) {
                throw new IllegalArgumentException("limit must be " + minLimit + ".." + maxLimit + ", was " + limit);
            }
        }

        /** @throws IllegalArgumentException when the page is outside this call's bounds */
        public void check(int offset, int limit) {
            checkLimit(limit);
            if (offset < 0 || offset > maxOffset) {
                throw new IllegalArgumentException("offset must be 0.." + maxOffset + ", was " + offset);
            }
        }
    }

    /** Fetches one page and hands its items on. */
    @FunctionalInterface
    public interface PageFetch {
        PageCount fetch(int offset, int limit) throws HssException;
    }

    /** Fetches one page of rows. */
    @FunctionalInterface
    public interface PageSource<T> {
        ListPage<T> page(int offset, int limit) throws HssException;
    }

    /**
     * Fetches pages from offset 0 until the offset reaches the total, or a page comes back empty
     * (the list shrank while we walked it): for a call with its own bounds.
     *
     * @return the last total HSS reported
     */
    public static int walk(Bounds bounds, int pageSize, PageFetch fetch) throws HssException {
        bounds.checkLimit(pageSize);
        int offset = 0;
        PageCount page;
        do {
            page = fetch.fetch(offset, pageSize);
            offset += page.items();
        } while (page.items() > 0 && offset < page.totalNum());
        return page.totalNum();
    }

    /** Hands every row of every page to {@code sink}, page by page until {@code total_num}. */
    public static <T> int forEachRow(Bounds bounds, int pageSize, PageSource<T> source, Consumer<? super T> sink)
            throws HssException {
        return walk(bounds, pageSize, (offset, limit) -> {
            ListPage<T> page = source.page(offset, limit);
            page.rows().forEach(sink);
            return page.count();
        });
    }

    /** @throws IllegalArgumentException when {@code limit} is outside 10..200 */
    public static void checkLimit(int limit) {
        LISTS.checkLimit(limit);
    }
}
