package io.jenkins.plugins.hss.core.client;

/**
 * HSS's offset/limit pages: the bounds each list call takes and what one page said. The client
 * reads one page a call; the engine's one paging path ({@code poll.PagedCall}) walks a listing
 * page by page through the user's call queue.
 */
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

    /** @throws IllegalArgumentException when {@code limit} is outside 10..200 */
    public static void checkLimit(int limit) {
        LISTS.checkLimit(limit);
    }
}
