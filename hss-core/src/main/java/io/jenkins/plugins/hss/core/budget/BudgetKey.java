package io.jenkins.plugins.hss.core.budget;

import java.util.Objects;

/**
 * Whose budget: HSS's limit is per user (and API) on one service.
 *
 * @param identity {@link io.jenkins.plugins.hss.core.auth.HssCredentials#identity()}, never a secret
 * @param endpoint the HSS base URL
 */
public record BudgetKey(String identity, String endpoint) {

    public BudgetKey {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(endpoint, "endpoint");
    }
}
