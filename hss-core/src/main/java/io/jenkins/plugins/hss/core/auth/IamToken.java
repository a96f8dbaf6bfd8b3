package io.jenkins.plugins.hss.core.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A project-scoped IAM token and its validity.
 *
 * @param value     the {@code X-Subject-Token}
 * @param fetchedAt when it was received, by the client's clock
 * @param expiresAt {@code token.expires_at}
 */
public record IamToken(SecretValue value, Instant fetchedAt, Instant expiresAt) {

    /** Renew this long before expiry: a call signed just before expiry may reach HSS just after. */
    public static final Duration REFRESH_MARGIN = Duration.ofMinutes(5);

    public IamToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(fetchedAt, "fetchedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    /**
     * Whether to fetch a new token at {@code now}: within {@link #REFRESH_MARGIN} of expiry, or past
     * half its lifetime for a token that lives shorter than twice the margin (so that short-lived
     * tokens, as a simulator may issue, are not fetched again on every call).
     */
    public boolean needsRefresh(Instant now) {
        Duration lifetime = Duration.between(fetchedAt, expiresAt);
        Duration margin = lifetime.compareTo(REFRESH_MARGIN.multipliedBy(2)) < 0 ? lifetime.dividedBy(2) : REFRESH_MARGIN;
        return !now.isBefore(expiresAt.minus(margin));
    }
}
