package io.jenkins.plugins.hss.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The test vectors of hss-api-detail.md §6.2, produced by the SDK's own AKSKSigner. */
class SdkHmacSignatureTest {

    private static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";
    private static final String DATE = "20240315T083000Z";
    private static final String P = "0123456789abcdef0123456789abcdef";
    private static final String EMPTY_BODY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static TreeMap<String, String> headers() {
        TreeMap<String, String> headers = new TreeMap<>();
        headers.put("host", "hss.cn-north-4.myhuaweicloud.com");
        headers.put("user-agent", "huaweicloud-usdk-java/3.0");
        headers.put("x-project-id", P);
        headers.put("x-sdk-date", DATE);
        return headers;
    }

    private static String stringToSignHash(String canonicalRequest) {
        String stringToSign = SdkHmacSignature.stringToSign(DATE, canonicalRequest);
        return stringToSign.substring(stringToSign.lastIndexOf('\n') + 1);
    }

    private static String signature(String canonicalRequest) {
        return SdkHmacSignature.signature(SK, SdkHmacSignature.stringToSign(DATE, canonicalRequest));
    }

    @Test
    void v1_listWithQueryIsSortedByName() {
        String canonical = SdkHmacSignature.canonicalRequest("GET", "/v5/" + P + "/image/swr-repository",
                List.of(Map.entry("image_type", "private_image"), Map.entry("offset", "0"),
                        Map.entry("limit", "200"), Map.entry("enterprise_project_id", "all_granted_eps")),
                headers(), EMPTY_BODY);

        assertThat(canonical).isEqualTo("GET\n/v5/" + P + "/image/swr-repository/\n"
                + "enterprise_project_id=all_granted_eps&image_type=private_image&limit=200&offset=0\n"
                + "host:hss.cn-north-4.myhuaweicloud.com\nuser-agent:huaweicloud-usdk-java/3.0\n"
                + "x-project-id:" + P + "\nx-sdk-date:" + DATE + "\n\n"
                + "host;user-agent;x-project-id;x-sdk-date\n" + EMPTY_BODY);
        assertThat(stringToSignHash(canonical)).isEqualTo("79d22e42e0b30defea13f948f2c70f8f32d3336f962945aeb5c97719dfd96242");
        assertThat(signature(canonical)).isEqualTo("d05cd2b6d7ec1911192aace3b5de17fc3ba88c7ffdcbea46a05b8583967cad0c");
    }

    @Test
    void v2_postHashesTheExactBody() {
        String body = "{\"image_info_list\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}],"
                + "\"operate_all\":false,\"image_type\":\"private_image\"}";
        String payloadHash = Sha256.hex(body);
        String canonical = SdkHmacSignature.canonicalRequest("POST", "/v5/" + P + "/image/batch-scan",
                List.of(Map.entry("enterprise_project_id", "0")), headers(), payloadHash);

        assertThat(payloadHash).isEqualTo("882905e26887935ce122de3fd7c216af72abdc498868c8121915585894021cfe");
        assertThat(stringToSignHash(canonical)).isEqualTo("a10382e7581385cd0ef4346e15b44a2a40193d9dd9cda9441541fe0e05eed933");
        assertThat(signature(canonical)).isEqualTo("6efe0c2ee6e55317ad987e3cf9569371892df81038930260104220122557884f");
    }

    @Test
    void v3_pathAndQueryAreEncodedTheRfc3986Way() {
        List<Map.Entry<String, String>> query = List.of(Map.entry("namespace", "my ns+x*~/é"),
                Map.entry("image_name", "a"), Map.entry("tag_name", "v1"), Map.entry("image_type", "private_image"),
                Map.entry("instance_id", ""));
        String canonical = SdkHmacSignature.canonicalRequest("GET", "/v5/" + P + "/image/sha256:ab12/vulnerabilities",
                query, headers(), EMPTY_BODY);

        assertThat(SdkHmacSignature.canonicalUri("/v5/" + P + "/image/sha256:ab12/vulnerabilities"))
                .isEqualTo("/v5/" + P + "/image/sha256%3Aab12/vulnerabilities/");
        assertThat(SdkHmacSignature.canonicalQuery(query)).isEqualTo(
                "image_name=a&image_type=private_image&instance_id=&namespace=my%20ns%2Bx%2A~%2F%C3%A9&tag_name=v1");
        assertThat(stringToSignHash(canonical)).isEqualTo("659f0ddd881d03ae4f158d679cb7542e8c245ce22dbcb49645c81fa0f09fce5a");
        assertThat(signature(canonical)).isEqualTo("8c8bdad82c8762d1b9960051140996a05f5583abf6b247069d68c52f89f86c93");
    }

    @Test
    void v4_noQueryGivesAnEmptyLine() {
        String canonical = SdkHmacSignature.canonicalRequest("GET", "/v5/" + P + "/image/swr-repository",
                List.of(), headers(), EMPTY_BODY);

        assertThat(canonical).contains("/swr-repository/\n\nhost:");
        assertThat(stringToSignHash(canonical)).isEqualTo("13d8df307cd3dbfb7438e9d03215a897882d297d19a9ec0dc6836a6781edfa2e");
        assertThat(signature(canonical)).isEqualTo("c5a2e2ddfc5ae845a91cbc6138c24d548c2404fec1dc2e720e95700e4122dc45");
    }

    @Test
    void percentEncodedWireValuesAreDecodedBeforeCanonicalisation() {
        assertThat(SdkHmacSignature.canonicalQuery(QueryParameters.parse("b=x%7Ey&a=1%2B1&a=0").pairs()))
                .isEqualTo("a=1%2B1&a=0&b=x~y");
    }
}
