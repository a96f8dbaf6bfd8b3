package io.jenkins.plugins.hss.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The front door, in the order Huawei's API gateway works: route, count, (injected faults),
 * authenticate, throttle, then the API itself. Every response carries {@code X-Request-Id} and
 * {@code Content-Type: application/json}. Nothing here logs: requests carry secrets.
 */
final class Gateway implements HttpHandler {

    private static final String ADMIN_PREFIX = "/_sim/";

    private final Map<Endpoint, Api> apis;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final FaultPlan faults;
    private final RequestCounter counter;
    private final AdminApi admin;

    Gateway(Map<Endpoint, Api> apis, Authenticator authenticator, RateLimiter rateLimiter, FaultPlan faults,
            RequestCounter counter, AdminApi admin) {
        this.apis = Map.copyOf(apis);
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.counter = counter;
        this.admin = admin;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requestId = UUID.randomUUID().toString().replace("-", "");
            SimRequest request = SimRequest.read(exchange);
            if (request.rawPath().startsWith(ADMIN_PREFIX)) {
                write(exchange, guarded(() -> admin.handle(request), requestId), requestId);
                return;
            }
            Route route = Route.of(request.method(), request.rawPath());
            counter.received(route.endpoint());
            Optional<Fault> fault = faults.draw(route.endpoint());
            if (fault.isPresent() && fault.get() instanceof Fault.DropConnection) {
                return; // closing an exchange that sent no headers closes the connection
            }
            SimResponse response = guarded(
                    () -> fault.flatMap(this::injected).orElseGet(() -> serve(request, route)), requestId);
            if (response.status() == 429) {
                counter.throttled(route.endpoint());
            }
            write(exchange, response, requestId);
        }
    }

    private SimResponse serve(SimRequest request, Route route) {
        if (route.endpoint() == Endpoint.UNKNOWN) {
            throw ApiError.noSuchApi();
        }
        Principal user = route.endpoint() == Endpoint.IAM_TOKENS
                ? null
                : authenticator.authenticate(request, route.projectId());
        if (rateLimiter != null) {
            rateLimiter.admit(route.endpoint(), user, request.clientIp());
        }
        return apis.get(route.endpoint()).handle(request, route);
    }

    /** The injected response, or none when the fault only delays the real one. */
    private Optional<SimResponse> injected(Fault fault) {
        if (fault instanceof Fault.Slow slow) {
            pause(slow);
            return Optional.empty();
        }
        if (fault instanceof Fault.Throttle throttle) {
            long seconds = Math.max(1, (throttle.retryAfter().toMillis() + 999) / 1000);
            throw ApiError.throttled("user", 5, "1 minute", seconds);
        }
        if (fault instanceof Fault.ErrorResponse error) {
            throw error.code().startsWith("APIG.")
                    ? ApiError.gateway(error.status(), error.code(), error.message())
                    : ApiError.hss(error.status(), error.code(), error.message());
        }
        return Optional.of(new SimResponse(200, Map.of(),
                "{\"total_num\":1,\"data_list\":[{\"id\":1,\"namespace\":\"tea".getBytes(StandardCharsets.UTF_8)));
    }

    private static void pause(Fault.Slow slow) {
        try {
            Thread.sleep(slow.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs a handler, turning a refusal (or a simulator bug) into its response. */
    private static SimResponse guarded(Supplier<SimResponse> handler, String requestId) {
        try {
            return handler.get();
        } catch (ApiError refusal) {
            return refusal.toResponse(requestId);
        } catch (RuntimeException bug) {
            return ApiError.hss(500, "HSS.0009", "simulator error: " + bug).toResponse(requestId);
        }
    }

    private static void write(HttpExchange exchange, SimResponse response, String requestId) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("X-Request-Id", requestId);
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
