package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Objects;

/**
 * Something going wrong with one request, injected through {@link FaultPlan}. Faults act in front
 * of everything else (authentication, rate limit, validation), as a failing gateway or network
 * would; the request is still counted.
 */
public sealed interface Fault {

    /**
     * An error status with the gateway's body ({@code APIG.0201}, e.g. 503 "Backend
     * unavailable"), as a struggling backend answers.
     */
    static Fault status(int status) {
        String message = switch (status) {
            case 502, 503 -> "Backend unavailable";
            case 504 -> "Backend timeout";
            default -> "Internal server error";
        };
        return new ErrorResponse(status, "APIG.0201", message);
    }

    /** An error with a chosen status, code and message; codes starting APIG. get the gateway shape. */
    static Fault error(int status, String code, String message) {
        return new ErrorResponse(status, code, message);
    }

    /** 429 APIG.0308 with {@code Retry-After}, whatever the rate limiter thinks. */
    static Fault throttle(Duration retryAfter) {
        return new Throttle(retryAfter);
    }

    /**
     * The response is delayed by this much real time, then served normally. Real time, because
     * this is what exercises a client's read timeout; keep it short in tests.
     */
    static Fault slow(Duration delay) {
        return new Slow(delay);
    }

    /** The connection is closed without any response. */
    static Fault dropConnection() {
        return new DropConnection();
    }

    /** 200 with a JSON body cut off in the middle. */
    static Fault malformedBody() {
        return new MalformedBody();
    }

    record ErrorResponse(int status, String code, String message) implements Fault {
        public ErrorResponse {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("an error status is 4xx or 5xx, not " + status);
            }
        }
    }

    record Throttle(Duration retryAfter) implements Fault {
        public Throttle {
            Objects.requireNonNull(retryAfter, "retryAfter");
        }
    }

    record Slow(Duration delay) implements Fault {
        public Slow {
            Objects.requireNonNull(delay, "delay");
        }
    }

    record DropConnection() implements Fault {
    }

    record MalformedBody() implements Fault {
    }
}
