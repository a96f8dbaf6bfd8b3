package io.jenkins.plugins.hss.simulator;

import java.util.Set;

/**
 * The gateway's door for HSS calls: an IAM token ({@code X-Auth-Token}) or an AK/SK signature,
 * for a project of the simulated account.
 */
final class Authenticator {

    private final TokenRegistry tokens;
    private final AkSkVerifier signatures;
    private final Set<String> projectIds;

    Authenticator(TokenRegistry tokens, AkSkVerifier signatures, Set<String> projectIds) {
        this.tokens = tokens;
        this.signatures = signatures;
        this.projectIds = Set.copyOf(projectIds);
    }

    Principal authenticate(SimRequest request, String projectId) {
        String token = request.header("X-Auth-Token");
        if (token != null) {
            return Principal.ofUser(tokens.check(token, projectId).user());
        }
        if (request.header("Authorization") == null) {
            throw ApiError.unauthenticated("x-auth-token not found");
        }
        AccessKey key = signatures.verify(request);
        // HSS's error code page lists HSS.0010 "access denied" among its 400s (hss-api-detail.md §1.7).
        if (!projectIds.contains(projectId)) {
            throw ApiError.hss(400, "HSS.0010", "access denied: project " + projectId + " is not in this account");
        }
        return Principal.ofAccessKey(key.accessKey());
    }
}
