package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.SecretValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Request;

/**
 * Takes out of a text that came from the service (an {@code error_msg}, a parser's complaint
 * about a body) whatever this client sent as credentials: the secrets of its credentials (secret
 * key, security token, password, token) and the credential headers of the request the text
 * answers ({@code Authorization} and its signature, {@code X-Security-Token}, {@code X-Auth-Token},
 * an IAM token among them). A service or a proxy may echo a request's headers in an error; the
 * text is then shown to users, logged and stored with builds.
 */
final class Redactor {

    /** What stands in for a secret, as {@link SecretValue#toString()} shows one. */
    static final String MASK = "****";

    /** A signature echoed in any form, also one from an earlier request this one cannot know. */
    private static final Pattern SIGNATURE = Pattern.compile("(Signature=)[0-9A-Fa-f]{16,}");
    private static final List<String> CREDENTIAL_HEADERS = List.of("Authorization", "X-Security-Token",
            AuthInterceptor.TOKEN_HEADER);
    /** Shorter values are no secrets worth hiding, and would mask ordinary words. */
    private static final int SHORTEST_SECRET = 4;

    private final List<String> secrets;

    Redactor(HssCredentials credentials) {
        this.secrets = credentials.secrets().stream().map(SecretValue::reveal).toList();
    }

    /** {@code text}, which answers {@code sent}, with every secret masked; null stays null. */
    String redact(String text, Request sent) {
        if (text == null) {
            return null;
        }
        List<String> values = new ArrayList<>(secrets);
        if (sent != null) {
            for (String header : CREDENTIAL_HEADERS) {
                String value = sent.header(header);
                if (value != null) {
                    values.add(value);
                    signature(value).ifPresent(values::add);
                }
            }
        }
        values.sort(Comparator.comparingInt(String::length).reversed());
        String redacted = text;
        for (String value : values) {
            if (value.length() >= SHORTEST_SECRET) {
                redacted = redacted.replace(value, MASK);
            }
        }
        return SIGNATURE.matcher(redacted).replaceAll("$1" + MASK);
    }

    private static java.util.Optional<String> signature(String authorization) {
        Matcher signature = SIGNATURE.matcher(authorization);
        return signature.find() ? java.util.Optional.of(signature.group().substring("Signature=".length()))
                : java.util.Optional.empty();
    }
}
