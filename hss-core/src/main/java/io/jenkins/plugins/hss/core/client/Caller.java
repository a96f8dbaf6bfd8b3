package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends one request, once, and turns what came back into an open 2xx response or a typed
 * exception. The client never repeats a call (the single token renewal on a 401 is
 * authentication, in {@link AuthInterceptor}): whether and when a failed call is made again is
 * the watcher's decision, in its call queue, where every attempt spends the API's budget and a
 * pause holds no thread.
 */
final class Caller {

    private final OkHttpClient http;
    private final Clock clock;
    private final CallListener listener;
    private final Redactor redactor;

    Caller(OkHttpClient http, Clock clock, CallListener listener, Redactor redactor) {
        this.http = http;
        this.clock = clock;
        this.listener = listener;
        this.redactor = redactor;
    }

    /**
     * The successful (2xx) response, open: the caller reads and closes it.
     *
     * @param call what is called, for messages and the listener, e.g. {@code GET swr-repository}
     */
    Response execute(String call, Request request) throws HssException {
        listener.requestSent(call);
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
            throw new HssConnectionException(call, request.url().host(), e);
        }
        listener.responseReceived(call, response.code(), Duration.between(sent, clock.instant()));
        if (response.isSuccessful()) {
            return response;
        }
        try (response) {
            throw ErrorResponse.toException(service(request), response, clock, redactor);
        }
    }

    /** Takes the secrets this client sent out of a text that came from the service. */
    Redactor redactor() {
        return redactor;
    }

    /** IAM's token path is the one call that is not HSS's. */
    private static String service(Request request) {
        return request.url().encodedPath().startsWith("/v3/auth/") ? "IAM" : "HSS";
    }

    /** OkHttp reports a cancelled call as "Canceled"; timeouts are worth another attempt, a cancel is not. */
    private static boolean isCancellation(IOException e) {
        return "Canceled".equals(e.getMessage());
    }
}
