package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A rolling window per (user, API) and per (source IP, API) on the simulator's clock. A call is
 * admitted only if both have room, and only admitted calls use up the budget, so a client that
 * waits for {@code Retry-After} gets through.
 */
final class RateLimiter {

    private final RateLimit limit;
    private final Clock clock;
    private final Map<String, Deque<Instant>> calls = new HashMap<>();

    RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.clock = clock;
    }

    /** Records the call, or throws 429 APIG.0308 with the seconds until the window frees up. */
    synchronized void admit(Endpoint endpoint, Principal user, String clientIp) {
        Instant now = clock.instant();
        Deque<Instant> userCalls = user == null ? null : window(endpoint + " user " + user.name(), now);
        Deque<Instant> ipCalls = window(endpoint + " ip " + clientIp, now);
        if (userCalls != null && userCalls.size() >= limit.calls()) {
            throw refusal("user", userCalls, now);
        }
        if (ipCalls.size() >= limit.calls()) {
            throw refusal("ip", ipCalls, now);
        }
        if (userCalls != null) {
            userCalls.addLast(now);
        }
        ipCalls.addLast(now);
    }

    private Deque<Instant> window(String key, Instant now) {
        Deque<Instant> window = calls.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant start = now.minus(limit.window());
        while (!window.isEmpty() && !window.peekFirst().isAfter(start)) {
            window.removeFirst();
        }
        return window;
    }

    private ApiError refusal(String policy, Deque<Instant> window, Instant now) {
        Duration wait = Duration.between(now, window.peekFirst().plus(limit.window()));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return ApiError.throttled(policy, limit.calls(), limit.windowText(), seconds);
    }
}
