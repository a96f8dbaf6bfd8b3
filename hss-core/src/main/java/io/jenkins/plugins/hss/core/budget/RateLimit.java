package io.jenkins.plugins.hss.core.budget;

import java.time.Duration;
import java.util.Objects;

/**
 * At most {@code calls} calls of one API in any window of length {@code per}.
 *
 * @param calls how many calls a window admits, at least 1
 * @param per   the window
 */
public record RateLimit(int calls, Duration per) {

    /** What HSS grants one user (and one source IP) for each API: 5 calls per minute. */
    public static final RateLimit HSS_PER_USER = new RateLimit(5, Duration.ofMinutes(1));

    public RateLimit {
        Objects.requireNonNull(per, "per");
        if (calls < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit needs calls >= 1 and a positive window: " + calls + "/" + per);
        }
    }

    /** Parses the text form {@code 5/60s}, {@code 4/1m} (calls / window in s or m). */
    public static RateLimit parse(String text) {
        String[] parts = text.trim().split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected CALLS/WINDOW such as 5/60s: " + text);
        }
        String window = parts[1].trim().toLowerCase(java.util.Locale.ROOT);
        long amount = Long.parseLong(window.substring(0, window.length() - 1));
        Duration per = switch (window.charAt(window.length() - 1)) {
            case 's' -> Duration.ofSeconds(amount);
            case 'm' -> Duration.ofMinutes(amount);
            default -> throw new IllegalArgumentException("window unit must be s or m: " + text);
        };
        return new RateLimit(Integer.parseInt(parts[0].trim()), per);
    }

    @Override
    public String toString() {
        return calls + "/" + per.toSeconds() + "s";
    }
}
