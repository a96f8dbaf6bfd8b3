package io.jenkins.plugins.hss.simulator;

import java.util.Optional;

/**
 * The gateway with {@code Retry-After} taken off its 429 answers. Huawei documents no such header
 * (hss-api-detail.md §8.3), so a client must also cope without it; this mode is how its tests
 * reach that path, for the rate limiter's refusals and injected throttles alike.
 */
final class WithoutRetryAfter implements LoopbackHttpServer.Handler {

    private final LoopbackHttpServer.Handler gateway;

    WithoutRetryAfter(LoopbackHttpServer.Handler gateway) {
        this.gateway = gateway;
    }

    @Override
    public Optional<SimResponse> handle(SimRequest request) {
        return gateway.handle(request)
                .map(response -> response.status() == 429 ? response.withoutHeader("Retry-After") : response);
    }
}
