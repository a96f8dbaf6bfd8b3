package io.jenkins.plugins.hss.simulator;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The front door, in the order Huawei's API gateway works: route, count, (injected faults),
 * authenticate, throttle, then the API itself; a hostile fault then changes the answer. Every response carries {@code X-Request-Id},
 * {@code Content-Type: application/json} and the gateway's {@code Date} (HTTP date, whole seconds,
 * on the simulator's clock). Nothing here logs: requests carry secrets.
 */
final class Gateway implements LoopbackHttpServer.Handler {

    private static final String ADMIN_PREFIX = "/_sim/";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final Map<Endpoint, Api> apis;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final FaultPlan faults;
    private final RequestCounter counter;
    private final AdminApi admin;
    private final Clock clock;

    Gateway(Map<Endpoint, Api> apis, Authenticator authenticator, RateLimiter rateLimiter, FaultPlan faults,
            RequestCounter counter, AdminApi admin, Clock clock) {
        this.apis = Map.copyOf(apis);
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.faults = faults;
        this.counter = counter;
        this.admin = admin;
        this.clock = clock;
    }

    /** The response, or empty when an injected fault drops the connection. */
    @Override
    public Optional<SimResponse> handle(SimRequest request) {
        String requestId = UUID.randomUUID().toString().replace("-", "");
        if (request.rawPath().startsWith(ADMIN_PREFIX)) {
            return Optional.of(finish(guarded(() -> admin.handle(request), requestId), requestId));
        }
        Route route = Route.of(request.method(), request.rawPath());
        counter.received(route.endpoint());
        Optional<Fault> fault = faults.draw(route.endpoint());
        if (fault.isPresent() && fault.get() instanceof Fault.DropConnection) {
            return Optional.empty();
        }
        if (fault.isPresent() && fault.get() instanceof Fault.Rewrite rewrite) {
            return hostile(rewrite, request, route, requestId);
        }
        SimResponse response = guarded(
                () -> fault.flatMap(f -> injected(f, request)).orElseGet(() -> serve(request, route, request)), requestId);
        return Optional.of(finish(counted(response, route), requestId));
    }

    /** Serves the request as usual, then lets the fault change (or lose) the answer. */
    private Optional<SimResponse> hostile(Fault.Rewrite fault, SimRequest request, Route route, String requestId) {
        SimRequest served = fault instanceof Fault.EndlessPages ? HostileAnswer.firstPage(request) : request;
        SimResponse response = counted(guarded(() -> serve(request, route, served), requestId), route);
        return HostileAnswer.apply(fault, response, requestId).map(answer -> finish(answer, requestId));
    }

    private SimResponse counted(SimResponse response, Route route) {
        if (response.status() == 429) {
            counter.throttled(route.endpoint());
        }
        return response;
    }

    /**
     * Authenticates and admits {@code request} as it arrived, then has its API answer
     * {@code served}: the same request, or the one a hostile fault asks for instead.
     */
    private SimResponse serve(SimRequest request, Route route, SimRequest served) {
        if (route.endpoint() == Endpoint.UNKNOWN) {
            throw ApiError.noSuchApi();
        }
        Principal user = route.endpoint() == Endpoint.IAM_TOKENS
                ? null
                : authenticator.authenticate(request, route.projectId());
        if (rateLimiter != null) {
            rateLimiter.admit(route.endpoint(), user, request.clientIp());
        }
        return apis.get(route.endpoint()).handle(served, route);
    }

    /** The injected response, or none when the fault only delays the real one. */
    private Optional<SimResponse> injected(Fault fault, SimRequest request) {
        if (fault instanceof Fault.Slow slow) {
            pause(slow);
            return Optional.empty();
        }
        if (fault instanceof Fault.Throttle throttle) {
            long seconds = Math.max(1, (throttle.retryAfter().toMillis() + 999) / 1000);
            throw ApiError.throttled("user", 5, "1 minute", seconds);
        }
        if (fault instanceof Fault.EchoRequest echo) {
            throw ApiError.hss(echo.status(), "HSS.0001", HostileAnswer.echo(request));
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

    private SimResponse finish(SimResponse response, String requestId) {
        return response.withHeader("Content-Type", "application/json").withHeader("X-Request-Id", requestId)
                .withHeader("Date", HTTP_DATE.format(clock.instant()));
    }
}
