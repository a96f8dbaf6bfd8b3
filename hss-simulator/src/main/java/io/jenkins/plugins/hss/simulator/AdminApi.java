package io.jenkins.plugins.hss.simulator;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simulator's own controls under {@code /_sim/}, for scripts and the standalone demo: request
 * counts, the clock, token expiry and faults. Not part of HSS, so not counted, limited or
 * authenticated (the server listens on loopback only).
 */
final class AdminApi {

    private final RequestCounter counter;
    private final Clock clock;
    private final TokenRegistry tokens;
    private final FaultPlan faults;
    private final ImagePushes pushes;

    AdminApi(RequestCounter counter, Clock clock, TokenRegistry tokens, FaultPlan faults, ImagePushes pushes) {
        this.counter = counter;
        this.clock = clock;
        this.tokens = tokens;
        this.faults = faults;
        this.pushes = pushes;
    }

    SimResponse handle(SimRequest request) {
        String action = request.method() + " " + request.rawPath();
        switch (action) {
            case "GET /_sim/stats":
                return stats();
            case "POST /_sim/stats/reset":
                counter.reset();
                return stats();
            case "POST /_sim/clock/advance":
                return advanceClock(request.query());
            case "POST /_sim/tokens/expire":
                tokens.expireAll();
                return now();
            case "POST /_sim/faults":
                faults.next(endpoint(request.query()), times(request.query()), fault(request.query()));
                return now();
            case "DELETE /_sim/faults":
                faults.clear();
                return now();
            case "POST /_sim/push":
                return push(request);
            default:
                throw ApiError.hss(404, "SIM.0404", "no admin endpoint " + action);
        }
    }

    private SimResponse stats() {
        Map<String, EndpointStats> endpoints = new LinkedHashMap<>();
        counter.snapshot().forEach((endpoint, stats) -> endpoints.put(endpoint.adminName(), stats));
        return SimResponse.json(200, Map.of("now", clock.millis(), "endpoints", endpoints));
    }

    private SimResponse now() {
        return SimResponse.json(200, Map.of("now", clock.millis()));
    }

    private SimResponse advanceClock(QueryParameters query) {
        if (!(clock instanceof MutableClock mutable)) {
            throw ApiError.hss(409, "SIM.0409", "the clock is not simulated; start with a MutableClock");
        }
        mutable.advance(duration(query.text("by").orElseThrow(() -> invalid("by is required, e.g. by=30s"))));
        return now();
    }

    /** The body is one image of the scenario format; the answer gives its {@code image_id}. */
    private SimResponse push(SimRequest request) {
        ImageRecord record;
        try {
            record = pushes.push(ScenarioJson.readImage(request.body()));
        } catch (IllegalArgumentException | IOException e) {
            throw invalid(e.getMessage());
        }
        return SimResponse.json(200, Map.of("now", clock.millis(), "image_id", record.imageId(), "id", record.id()));
    }

    private static Endpoint endpoint(QueryParameters query) {
        String name = query.text("endpoint").orElseThrow(() -> invalid("endpoint is required"));
        return Arrays.stream(Endpoint.values()).filter(e -> e.adminName().equals(name)).findFirst()
                .orElseThrow(() -> invalid("unknown endpoint " + name));
    }

    private static int times(QueryParameters query) {
        return query.number("times", 1, Integer.MAX_VALUE).orElse(1L).intValue();
    }

    private static Fault fault(QueryParameters query) {
        String kind = query.text("fault").orElseThrow(() -> invalid("fault is required"));
        return switch (kind) {
            case "status" -> Fault.status(query.number("status", 400, 599).orElse(503L).intValue());
            case "throttle" -> Fault.throttle(duration(query.text("retry_after").orElse("10s")));
            case "slow" -> Fault.slow(duration(query.text("delay").orElse("1s")));
            case "drop" -> Fault.dropConnection();
            case "malformed" -> Fault.malformedBody();
            default -> throw invalid("unknown fault " + kind + " (status, throttle, slow, drop, malformed)");
        };
    }

    private static Duration duration(String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    private static ApiError invalid(String message) {
        return ApiError.hss(400, "SIM.0400", message);
    }
}
