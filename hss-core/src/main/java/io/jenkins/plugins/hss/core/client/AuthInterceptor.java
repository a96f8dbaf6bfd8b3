package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.AkSkSigner;
import io.jenkins.plugins.hss.core.auth.IamToken;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Authenticates each HSS request: signs it with the access key, or adds the token, renewing an IAM
 * user's token once when HSS says it must be updated. Runs once per call, so every call the
 * watcher sends again is signed with a fresh {@code X-Sdk-Date}.
 */
abstract sealed class AuthInterceptor implements Interceptor {

    static final String PROJECT_HEADER = "X-Project-Id";
    static final String TOKEN_HEADER = "X-Auth-Token";

    /** Signs with {@code SDK-HMAC-SHA256}. */
    static final class Signing extends AuthInterceptor {
        private final AccessKeyCredentials credentials;
        private final Clock clock;

        Signing(AccessKeyCredentials credentials, Clock clock) {
            this.credentials = credentials;
            this.clock = clock;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            Request request = chain.request();
            Map<String, String> added = AkSkSigner.sign(request.method(), request.url(), request.headers(), body(request),
                    AkSkSigner.sdkDate(clock.instant()), credentials);
            Request.Builder signed = request.newBuilder();
            added.forEach(signed::header);
            return chain.proceed(signed.build());
        }

        private static byte[] body(Request request) throws IOException {
            if (request.body() == null) {
                return new byte[0];
            }
            Buffer buffer = new Buffer();
            request.body().writeTo(buffer);
            return buffer.readByteArray();
        }
    }

    /** Sends a token given ready-made; it cannot be renewed. */
    static final class FixedToken extends AuthInterceptor {
        private final TokenCredentials credentials;

        FixedToken(TokenCredentials credentials) {
            this.credentials = credentials;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            return chain.proceed(chain.request().newBuilder().header(TOKEN_HEADER, credentials.token().reveal()).build());
        }
    }

    /** Sends an IAM user's token, renewing it once when HSS rejects it as expired or invalid. */
    static final class IamUser extends AuthInterceptor {
        private final IamTokenProvider tokens;
        private final Clock clock;
        private final Redactor redactor;

        IamUser(IamTokenProvider tokens, Clock clock, Redactor redactor) {
            this.tokens = tokens;
            this.clock = clock;
            this.redactor = redactor;
        }

        @Override
        public Response intercept(Chain chain) throws IOException {
            String projectId = chain.request().header(PROJECT_HEADER);
            IamToken token = tokens.token(projectId);
            Response response = send(chain, token);
            if (response.code() != 401 || !ErrorResponse.toException("HSS", response, clock, redactor).isTokenRejected()) {
                return response;
            }
            response.close();
            tokens.rejected(projectId, token);
            return send(chain, tokens.token(projectId));
        }

        private static Response send(Chain chain, IamToken token) throws IOException {
            return chain.proceed(chain.request().newBuilder().header(TOKEN_HEADER, token.value().reveal()).build());
        }
    }
}
