package io.jenkins.plugins.hss.simulator;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The IAM tokens the simulator has issued. They expire on the simulator's clock, and can all be
 * expired at once to play a token running out in the middle of a run.
 */
final class TokenRegistry {

    /** What a token stands for. */
    record Grant(IamUser user, String projectId, Instant issuedAt, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> grants = new ConcurrentHashMap<>();

    TokenRegistry(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** A new token; the caller gets the token text, the grant says until when it is valid. */
    Map.Entry<String, Grant> issue(IamUser user, String projectId) {
        byte[] bytes = new byte[96];
        random.nextBytes(bytes);
        String token = "MII" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        Grant grant = new Grant(user, projectId, now, now.plus(lifetime));
        grants.put(token, grant);
        return Map.entry(token, grant);
    }

    /** The grant of a valid token for {@code projectId}, or the gateway's refusal. */
    Grant check(String token, String projectId) {
        Grant grant = grants.get(token);
        if (grant == null) {
            throw ApiError.unauthenticated("decrypt token fail");
        }
        if (!clock.instant().isBefore(grant.expiresAt()) || !grant.projectId().equals(projectId)) {
            throw ApiError.tokenMustBeUpdated();
        }
        return grant;
    }

    /** Every token issued so far expires now. */
    void expireAll() {
        Instant now = clock.instant();
        grants.replaceAll((token, grant) -> new Grant(grant.user(), grant.projectId(), grant.issuedAt(), now));
    }
}
