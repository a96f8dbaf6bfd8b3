package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a request until it succeeds, fails for good, or the {@link RetryPolicy} gives up. Each
 * attempt is a new OkHttp call, so it is signed afresh and OkHttp's call timeout bounds one
 * attempt, not the backoff between attempts (why this is not an interceptor).
 */
final class RetryingCaller {

    private static final Logger LOG = Logger.getLogger(RetryingCaller.class.getName());

    private final OkHttpClient http;
    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final RandomGenerator random;
    private final Clock clock;
    private final CallListener listener;

    RetryingCaller(OkHttpClient http, RetryPolicy policy, Sleeper sleeper, RandomGenerator random, Clock clock,
                   CallListener listener) {
        this.http = http;
        this.policy = policy;
        this.sleeper = sleeper;
        this.random = random;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * The successful (2xx) response, open: the caller reads and closes it.
     *
     * @param call what is called, for messages and the listener, e.g. {@code GET swr-repository}
     */
    Response execute(String call, Request request) throws HssException {
        Instant start = clock.instant();
        for (int attempt = 1; ; attempt++) {
            Attempt outcome = attempt(call, request, attempt);
            if (outcome.response != null) {
                return outcome.response;
            }
            Duration delay = delay(outcome, attempt);
            if (!outcome.retryable || attempt >= policy.maxAttempts() || pastDeadline(start, delay)) {
                throw outcome.toException(call, request, attempt);
            }
            listener.retryScheduled(call, attempt, delay, outcome.reason(), outcome.isThrottled());
            LOG.log(Level.FINE, "{0}: attempt {1} failed ({2}), retrying in {3}",
                    new Object[] {call, attempt, outcome.reason(), delay});
            pause(delay);
        }
    }

    private Attempt attempt(String call, Request request, int attempt) throws HssException {
        listener.requestSent(call, attempt);
        Instant sent = clock.instant();
        Response response;
        try {
            response = http.newCall(request).execute();
        } catch (HssException authFailed) {
            throw authFailed;
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted() || e instanceof InterruptedIOException && isCancellation(e)) {
                throw new HssException(EngineMessages.format("call.interrupted", call), e);
            }
            return Attempt.connection(e);
        }
        listener.responseReceived(call, attempt, response.code(), Duration.between(sent, clock.instant()));
        if (response.isSuccessful()) {
            return Attempt.succeeded(response);
        }
        try (response) {
            return Attempt.answer(ErrorResponse.toException(service(request), response, clock), policy.retries(response.code(), request.method()));
        }
    }

    /** IAM's token path is the one call that is not HSS's. */
    private static String service(Request request) {
        return request.url().encodedPath().startsWith("/v3/auth/") ? "IAM" : "HSS";
    }

    /** OkHttp reports a cancelled call as "Canceled"; timeouts are worth a retry, a cancel is not. */
    private static boolean isCancellation(IOException e) {
        return "Canceled".equals(e.getMessage());
    }

    /** Full jitter over the backoff cap; {@code Retry-After} overrides it; a 429 waits at least the throttle delay. */
    private Duration delay(Attempt outcome, int attempt) {
        if (outcome.error != null && outcome.error.retryAfter().isPresent()) {
            return outcome.error.retryAfter().get();
        }
        Duration jittered = Duration.ofMillis((long) (random.nextDouble() * policy.backoffCap(attempt).toMillis()));
        if (outcome.isThrottled() && jittered.compareTo(policy.throttledDelay()) < 0) {
            return policy.throttledDelay();
        }
        return jittered;
    }

    private boolean pastDeadline(Instant start, Duration delay) {
        return clock.instant().plus(delay).isAfter(start.plus(policy.maxElapsed()));
    }

    private void pause(Duration delay) throws HssException {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HssException(EngineMessages.format("call.interrupted", "retry"), e);
        }
    }

    /** How one attempt went: a success, an error answer, or a connection outcome. */
    private record Attempt(Response response, HssApiException error, IOException connection, boolean retryable) {

        static Attempt succeeded(Response response) {
            return new Attempt(response, null, null, false);
        }

        static Attempt answer(HssApiException error, boolean retryable) {
            return new Attempt(null, error, null, retryable);
        }

        static Attempt connection(IOException e) {
            return new Attempt(null, null, e, true);
        }

        boolean isThrottled() {
            return error != null && error.isThrottled();
        }

        String reason() {
            return error != null ? "HTTP " + error.status() : connection.getClass().getSimpleName();
        }

        HssException toException(String call, Request request, int attempts) {
            return error != null ? error : new HssConnectionException(call, request.url().host(), attempts, connection);
        }
    }
}
