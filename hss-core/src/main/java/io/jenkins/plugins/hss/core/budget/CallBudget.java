package io.jenkins.plugins.hss.core.budget;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How fast the engine may call each API, how many items it asks per page, and how much of each
 * window its polls leave to everything else.
 *
 * @param limits     the rate of each API; every API has one
 * @param pageSize   {@code limit} of the list calls, 10 to 200
 * @param pollMargin calls of each API's window that polls leave free, for the calls of the engine
 *                   that are not polls and for other clients of the same user (at most all but
 *                   one: a poll always has a slot of the window); 0 to 10
 */
public record CallBudget(Map<ApiName, RateLimit> limits, int pageSize, int pollMargin) {

    /** The largest page HSS serves. */
    public static final int MAX_PAGE_SIZE = 200;
    /**
     * Polls leave one call of each window free: of HSS's 5 a minute, polls spend at most 4, a page
     * every 15 s, and a listing, a check or another client of the same user always finds a slot
     * within the minute.
     */
    public static final int DEFAULT_POLL_MARGIN = 1;
    private static final int MAX_POLL_MARGIN = 10;

    /** 5 calls per minute for every API (what HSS grants one user), pages of 200, polls leaving one of them. */
    public static final CallBudget HSS_DEFAULT = uniform(RateLimit.HSS_PER_USER);

    public CallBudget {
        Map<ApiName, RateLimit> all = new EnumMap<>(ApiName.class);
        all.putAll(limits);
        for (ApiName api : ApiName.values()) {
            Objects.requireNonNull(all.get(api), () -> "no rate limit for " + api);
        }
        limits = Map.copyOf(all);
        if (pageSize < 10 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 10 to 200: " + pageSize);
        }
        if (pollMargin < 0 || pollMargin > MAX_POLL_MARGIN) {
            throw new IllegalArgumentException("poll margin must be 0 to " + MAX_POLL_MARGIN + ": " + pollMargin);
        }
    }

    /** Polls leaving {@link #DEFAULT_POLL_MARGIN} calls of each window. */
    public CallBudget(Map<ApiName, RateLimit> limits, int pageSize) {
        this(limits, pageSize, DEFAULT_POLL_MARGIN);
    }

    /** The same rate for every API, pages of 200. */
    public static CallBudget uniform(RateLimit limit) {
        Map<ApiName, RateLimit> limits = new EnumMap<>(ApiName.class);
        for (ApiName api : ApiName.values()) {
            limits.put(api, limit);
        }
        return new CallBudget(limits, MAX_PAGE_SIZE, DEFAULT_POLL_MARGIN);
    }

    public RateLimit limit(ApiName api) {
        return limits.get(api);
    }

    public CallBudget withPageSize(int size) {
        return new CallBudget(limits, size, pollMargin);
    }

    /** This budget with polls leaving {@code calls} of each window free (0: polls may spend all of it). */
    public CallBudget withPollMargin(int calls) {
        return new CallBudget(limits, pageSize, calls);
    }
}
