package io.jenkins.plugins.hss.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Checks an {@code Authorization: SDK-HMAC-SHA256 Access=..., SignedHeaders=..., Signature=...}
 * request the way the gateway does: known access key, {@code x-sdk-date} signed and within 15
 * minutes of the simulator's clock, the security token of temporary keys, and the signature
 * recomputed over the headers the client says it signed.
 */
final class AkSkVerifier {

    static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String SIGNATURE_FAIL = "verify aksk signature fail";

    private final Map<String, AccessKey> keys;
    private final Clock clock;

    AkSkVerifier(List<AccessKey> keys, Clock clock) {
        this.keys = new HashMap<>();
        keys.forEach(key -> this.keys.put(key.accessKey(), key));
        this.clock = clock;
    }

    /** The access key that signed the request; an {@link ApiError} (401 APIG.0301) otherwise. */
    AccessKey verify(SimRequest request) {
        Map<String, String> fields = authorizationFields(request.header("Authorization"));
        AccessKey key = keys.get(fields.get("Access"));
        if (key == null) {
            throw ApiError.unauthenticated("Get secretKey failed,ak not exist");
        }
        List<String> signedNames = Arrays.asList(fields.getOrDefault("SignedHeaders", "").split(";"));
        String sdkDate = request.header("X-Sdk-Date");
        if (!signedNames.contains("x-sdk-date") || sdkDate == null) {
            throw ApiError.unauthenticated(SIGNATURE_FAIL);
        }
        requireFreshDate(sdkDate);
        requireSecurityToken(key, request, signedNames);
        String expected = SdkHmacSignature.signature(key.secretKey(),
                SdkHmacSignature.stringToSign(sdkDate, canonicalRequest(request, signedNames)));
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                fields.getOrDefault("Signature", "").getBytes(StandardCharsets.US_ASCII))) {
            throw ApiError.unauthenticated(SIGNATURE_FAIL);
        }
        return key;
    }

    private static Map<String, String> authorizationFields(String authorization) {
        String prefix = SdkHmacSignature.ALGORITHM + " ";
        if (authorization == null || !authorization.startsWith(prefix)) {
            throw ApiError.unauthenticated(SIGNATURE_FAIL);
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : authorization.substring(prefix.length()).split(",")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                fields.put(field.substring(0, equals).trim(), field.substring(equals + 1).trim());
            }
        }
        return fields;
    }

    private void requireFreshDate(String sdkDate) {
        Instant signedAt;
        try {
            signedAt = LocalDateTime.parse(sdkDate, SDK_DATE).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw ApiError.unauthenticated(SIGNATURE_FAIL);
        }
        if (Duration.between(signedAt, clock.instant()).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
            throw ApiError.unauthenticated("calc ak sk signature fail:signature expired");
        }
    }

    private static void requireSecurityToken(AccessKey key, SimRequest request, List<String> signedNames) {
        if (key.securityToken() == null) {
            return;
        }
        String given = request.header("X-Security-Token");
        boolean matches = given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                key.securityToken().getBytes(StandardCharsets.UTF_8));
        if (!matches || !signedNames.contains("x-security-token")) {
            throw ApiError.unauthenticated("security token invalid");
        }
    }

    private static String canonicalRequest(SimRequest request, List<String> signedNames) {
        SortedMap<String, String> headers = new TreeMap<>();
        for (String name : signedNames) {
            String value = request.header(name);
            if (value == null) {
                throw ApiError.unauthenticated(SIGNATURE_FAIL);
            }
            headers.put(name, value);
        }
        String payloadHash = request.header("X-Sdk-Content-Sha256") != null
                ? request.header("X-Sdk-Content-Sha256")
                : Sha256.hex(request.body());
        return SdkHmacSignature.canonicalRequest(request.method(), request.rawPath(), request.query().pairs(),
                headers, payloadHash);
    }
}
