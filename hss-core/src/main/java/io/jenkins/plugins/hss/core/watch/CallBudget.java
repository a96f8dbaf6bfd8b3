package io.jenkins.plugins.hss.core.watch;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How fast a poller may call each API, and how many items it asks per page.
 *
 * @param limits   the rate of each API; every API has one
 * @param pageSize {@code limit} of the list calls, 10 to 200
 */
public record CallBudget(Map<Api, RateLimit> limits, int pageSize) {

    /** The largest page HSS serves. */
    public static final int MAX_PAGE_SIZE = 200;

    /** 5 calls per minute for every API (what HSS grants one user), pages of 200. */
    public static final CallBudget HSS_DEFAULT = uniform(RateLimit.HSS_PER_USER);

    public CallBudget {
        Map<Api, RateLimit> all = new EnumMap<>(Api.class);
        all.putAll(limits);
        for (Api api : Api.values()) {
            Objects.requireNonNull(all.get(api), () -> "no rate limit for " + api);
        }
        limits = Map.copyOf(all);
        if (pageSize < 10 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page size must be 10 to 200: " + pageSize);
        }
    }

    /** The same rate for every API, pages of 200. */
    public static CallBudget uniform(RateLimit limit) {
        Map<Api, RateLimit> limits = new EnumMap<>(Api.class);
        for (Api api : Api.values()) {
            limits.put(api, limit);
        }
        return new CallBudget(limits, MAX_PAGE_SIZE);
    }

    public RateLimit limit(Api api) {
        return limits.get(api);
    }

    public CallBudget withLimit(Api api, RateLimit limit) {
        Map<Api, RateLimit> changed = new EnumMap<>(limits);
        changed.put(api, limit);
        return new CallBudget(changed, pageSize);
    }

    public CallBudget withPageSize(int size) {
        return new CallBudget(limits, size);
    }
}
