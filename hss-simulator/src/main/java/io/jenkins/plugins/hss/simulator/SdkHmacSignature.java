package io.jenkins.plugins.hss.simulator;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code SDK-HMAC-SHA256} signature of Huawei Cloud's API gateway, written from the spec
 * (hss-api-detail.md §6.2), not from the SDK: the SDK is the referee that checks it.
 */
final class SdkHmacSignature {

    static final String ALGORITHM = "SDK-HMAC-SHA256";

    private SdkHmacSignature() {
    }

    /**
     * @param rawPath the path as sent; each segment is decoded, then re-encoded the signer's way
     * @param query   decoded query parameters in wire order
     * @param headers the signed headers, lower-case names to values
     */
    static String canonicalRequest(String method, String rawPath, List<Map.Entry<String, String>> query,
                                   SortedMap<String, String> headers, String payloadHash) {
        StringBuilder canonicalHeaders = new StringBuilder();
        headers.forEach((name, value) -> canonicalHeaders.append(name).append(':').append(value).append('\n'));
        return String.join("\n", method, canonicalUri(rawPath), canonicalQuery(query),
                canonicalHeaders.toString(), String.join(";", headers.keySet()), payloadHash);
    }

    static String stringToSign(String sdkDate, String canonicalRequest) {
        return ALGORITHM + "\n" + sdkDate + "\n" + Sha256.hex(canonicalRequest);
    }

    static String signature(String secretKey, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    /** Every segment encoded and followed by a slash, so the result always ends with one. */
    static String canonicalUri(String rawPath) {
        if (rawPath.equals("/")) {
            return "/";
        }
        StringBuilder uri = new StringBuilder();
        for (String segment : rawPath.split("/")) {
            uri.append(UriEncoding.encode(UriEncoding.decode(segment))).append('/');
        }
        return uri.toString();
    }

    /** Sorted by encoded name; repeated names keep their wire order. */
    static String canonicalQuery(List<Map.Entry<String, String>> query) {
        SortedMap<String, List<String>> byName = new TreeMap<>();
        for (Map.Entry<String, String> pair : query) {
            byName.computeIfAbsent(UriEncoding.encode(pair.getKey()), name -> new ArrayList<>())
                    .add(UriEncoding.encode(pair.getValue()));
        }
        List<String> pairs = new ArrayList<>();
        byName.forEach((name, values) -> values.forEach(value -> pairs.add(name + "=" + value)));
        return String.join("&", pairs);
    }
}
