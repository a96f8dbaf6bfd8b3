package io.jenkins.plugins.hss.core.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * The {@code SDK-HMAC-SHA256} signature of Huawei Cloud's API gateway, exactly as the official
 * SDK's {@code AKSKSigner} computes it: a pure function of the request and the date.
 */
public final class AkSkSigner {

    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    public static final String DATE_HEADER = "X-Sdk-Date";
    public static final String SECURITY_TOKEN_HEADER = "X-Security-Token";

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private AkSkSigner() {
    }

    /** The {@code X-Sdk-Date} form of an instant, e.g. {@code 20240315T083000Z}. */
    public static String sdkDate(Instant instant) {
        return SDK_DATE.format(instant);
    }

    /**
     * The headers that sign a request: {@code X-Sdk-Date}, {@code X-Security-Token} for temporary
     * keys, and {@code Authorization}, in that order.
     *
     * @param headers the headers the request will carry (not Host or X-Sdk-Date); all are signed
     *                except {@code Content-Type} and names containing {@code _}, as the SDK does
     * @param body    the exact body bytes, empty for none
     */
    public static Map<String, String> sign(String method, HttpUrl url, Headers headers, byte[] body, String sdkDate,
                                           AccessKeyCredentials credentials) {
        Map<String, String> added = new LinkedHashMap<>();
        added.put(DATE_HEADER, sdkDate);
        credentials.temporaryToken().ifPresent(token -> added.put(SECURITY_TOKEN_HEADER, token.reveal()));
        Map<String, String> signed = signedHeaders(url, headers, added);
        String signedNames = String.join(";", signed.keySet());
        String canonicalRequest = String.join("\n", method, canonicalUri(url), canonicalQuery(url),
                canonicalHeaders(signed), signedNames, hex(sha256(body)));
        String stringToSign = String.join("\n", ALGORITHM, sdkDate, hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8))));
        String signature = hex(hmacSha256(credentials.secretKey(), stringToSign));
        added.put("Authorization", ALGORITHM + " Access=" + credentials.accessKey() + ", SignedHeaders=" + signedNames
                + ", Signature=" + signature);
        return added;
    }

    private static Map<String, String> signedHeaders(HttpUrl url, Headers headers, Map<String, String> added) {
        Map<String, String> signed = new TreeMap<>();
        for (String name : headers.names()) {
            if (!name.equalsIgnoreCase("Content-Type") && !name.contains("_")) {
                signed.put(name.toLowerCase(Locale.ROOT), headers.values(name).get(0));
            }
        }
        added.forEach((name, value) -> signed.put(name.toLowerCase(Locale.ROOT), value));
        signed.put("host", hostHeader(url));
        return signed;
    }

    /** The Host header as OkHttp sends it: the port only when it is not the scheme's default. */
    static String hostHeader(HttpUrl url) {
        String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    /**
     * Each decoded path segment encoded and followed by {@code /}, so the canonical URI always ends
     * with a slash; trailing empty segments are dropped, as Java's {@code split} drops them in the SDK.
     */
    static String canonicalUri(HttpUrl url) {
        List<String> segments = new ArrayList<>(url.pathSegments());
        while (!segments.isEmpty() && segments.get(segments.size() - 1).isEmpty()) {
            segments.remove(segments.size() - 1);
        }
        StringBuilder uri = new StringBuilder("/");
        for (String segment : segments) {
            uri.append(encode(segment)).append('/');
        }
        return uri.toString();
    }

    /** Decoded names and values re-encoded, sorted by name; repeated names keep their order. */
    static String canonicalQuery(HttpUrl url) {
        Map<String, List<String>> sorted = new TreeMap<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            sorted.computeIfAbsent(encode(url.queryParameterName(i)), k -> new ArrayList<>())
                    .add(encode(value == null ? "" : value));
        }
        List<String> pairs = new ArrayList<>();
        sorted.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + value)));
        return String.join("&", pairs);
    }

    private static String canonicalHeaders(Map<String, String> signed) {
        StringBuilder canonical = new StringBuilder();
        signed.forEach((name, value) -> canonical.append(name).append(':').append(value).append('\n'));
        return canonical.toString();
    }

    /**
     * RFC 3986: unreserved characters as they are, every other UTF-8 byte as upper-case {@code %XX}
     * (public for the reports, which write image references as URIs).
     */
    public static String encode(String text) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-_.~".indexOf(c) >= 0) {
                encoded.append(c);
            } else {
                encoded.append('%').append(HEX.withUpperCase().toHexDigits((byte) c));
            }
        }
        return encoded.toString();
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private static byte[] hmacSha256(SecretValue key, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException everyJvmHasIt) {
            throw new IllegalStateException(everyJvmHasIt);
        }
    }

    private static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }
}
