package io.jenkins.plugins.hss.core.client;

import java.time.Instant;
/** Walks HSS's offset/limit pages until {@code total_num} is reached. */
public final class Paging {

    /** HSS's page size bounds on both list calls. */
    public static final int MIN_LIMIT = 10;
    public static final int MAX_LIMIT = 200;

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

    /** Fetches one page and hands its items on. */
    @FunctionalInterface
    public interface PageFetch {
        PageCount fetch(int offset, int limit) throws HssException;
    }

    /**
     * Fetches pages from offset 0 until the offset reaches the total, or a page comes back empty
     * (the list shrank while we walked it).
     *
     * @return the last total HSS reported
     */
    public static int walk(int pageSize, PageFetch fetch) throws HssException {
        checkLimit(pageSize);
        int offset = 0;
        PageCount page;
        do {
            page = fetch.fetch(offset, pageSize);
            offset += page.items();
        } while (page.items() > 0 && offset < page.totalNum());
        return page.totalNum();
    }

    /** @throws IllegalArgumentException when {@code limit} is outside 10..200 */
    public static void checkLimit(int limit) {
        if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be " + MIN_LIMIT + ".." + MAX_LIMIT + ", was " + limit);
        }
    }
}
