package io.jenkins.plugins.hss.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v3/auth/tokens} with the password method, scoped to a project by id or by name
 * (the region name names the default project). 201 with the token in {@code X-Subject-Token}
 * and its validity in the body; failures in IAM's Keystone shape. No catalog is ever returned,
 * as if {@code nocatalog=true} had been given.
 */
final class IamTokenApi implements Api {

    /** IAM writes times with microseconds. */
    private static final DateTimeFormatter IAM_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private final List<IamUser> users;
    private final TokenRegistry tokens;
    private final List<String> projectIds;
    private final String region;

    IamTokenApi(List<IamUser> users, TokenRegistry tokens, List<String> projectIds, String region) {
        this.users = List.copyOf(users);
        this.tokens = tokens;
        this.projectIds = List.copyOf(projectIds);
        this.region = region;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        JsonNode auth = WireJson.tree(request.body());
        JsonNode identity = auth == null ? null : auth.path("auth").path("identity");
        if (identity == null || !hasPasswordMethod(identity)) {
            throw ApiError.keystone(400, "The request body is invalid: the password method is required.");
        }
        JsonNode user = identity.path("password").path("user");
        IamUser known = users.stream()
                .filter(candidate -> candidate.accepts(user.path("domain").path("name").asText(),
                        user.path("name").asText(), user.path("password").asText()))
                .findFirst()
                .orElseThrow(() -> ApiError.keystone(401, "The username or password is wrong."));
        String projectId = scopedProject(auth.path("auth").path("scope").path("project"));
        Map.Entry<String, TokenRegistry.Grant> issued = tokens.issue(known, projectId);
        return SimResponse.json(201, Map.of("token", tokenBody(issued.getValue())))
                .withHeader("X-Subject-Token", issued.getKey());
    }

    private static boolean hasPasswordMethod(JsonNode identity) {
        for (JsonNode method : identity.path("methods")) {
            if (method.asText().equals("password")) {
                return true;
            }
        }
        return false;
    }

    private String scopedProject(JsonNode project) {
        String id = project.path("id").asText("");
        String name = project.path("name").asText("");
        if (projectIds.contains(id)) {
            return id;
        }
        if (id.isEmpty() && name.equals(region)) {
            return projectIds.get(0);
        }
        throw ApiError.keystone(400, "The project in the scope does not exist or is not accessible.");
    }

    private Map<String, Object> tokenBody(TokenRegistry.Grant grant) {
        IamUser user = grant.user();
        Map<String, String> domain = Map.of("id", user.domainId(), "name", user.domain());
        return Map.of(
                "expires_at", format(grant.expiresAt()),
                "issued_at", format(grant.issuedAt()),
                "methods", List.of("password"),
                "project", Map.of("id", grant.projectId(), "name", region, "domain", domain),
                "roles", List.of(Map.of("id", "0", "name", "op_service")),
                "user", Map.of("id", user.id(), "name", user.name(), "domain", domain,
                        "password_expires_at", ""));
    }

    private static String format(Instant instant) {
        return IAM_TIME.format(instant);
    }
}
