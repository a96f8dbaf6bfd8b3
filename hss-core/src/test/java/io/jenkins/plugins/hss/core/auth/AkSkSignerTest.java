package io.jenkins.plugins.hss.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** The test vectors V1-V4 of the API contract (hss-api-detail.md §6.2), made by the SDK's signer. */
class AkSkSignerTest {

    private static final AccessKeyCredentials KEYS =
            AccessKeyCredentials.of("HPUAEXAMPLEAK1234567", "ExampleSecretKey0123456789abcdefghijklmn");
    private static final String BASE = "https://hss.cn-north-4.myhuaweicloud.com/v5/0123456789abcdef0123456789abcdef";
    private static final String DATE = "20240315T083000Z";
    private static final Headers HEADERS = Headers.of("Content-Type", "application/json",
            "User-Agent", "huaweicloud-usdk-java/3.0", "X-Project-Id", "0123456789abcdef0123456789abcdef");
    private static final String SIGNED = "SDK-HMAC-SHA256 Access=HPUAEXAMPLEAK1234567, "
            + "SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=";

    private static String authorization(String method, String url, String body) {
        return AkSkSigner.sign(method, HttpUrl.get(url), HEADERS, body.getBytes(StandardCharsets.UTF_8), DATE, KEYS)
                .get("Authorization");
    }

    @Test
    void v1SignsAGetWithAQuery() {
        assertThat(authorization("GET",
                BASE + "/image/swr-repository?image_type=private_image&offset=0&limit=200&enterprise_project_id=all_granted_eps", ""))
                .isEqualTo(SIGNED + "d05cd2b6d7ec1911192aace3b5de17fc3ba88c7ffdcbea46a05b8583967cad0c");
    }

    @Test
    void v2SignsAPostBody() {
        String body = "{\"image_info_list\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}],"
                + "\"operate_all\":false,\"image_type\":\"private_image\"}";

        assertThat(authorization("POST", BASE + "/image/batch-scan?enterprise_project_id=0", body))
                .isEqualTo(SIGNED + "6efe0c2ee6e55317ad987e3cf9569371892df81038930260104220122557884f");
    }

    @Test
    void v3EncodesReservedAndNonAsciiCharactersOfPathAndQuery() {
        HttpUrl url = HttpUrl.get(BASE + "/image/sha256:ab12/vulnerabilities").newBuilder()
                .addQueryParameter("namespace", "my ns+x*~/é").addQueryParameter("image_name", "a")
                .addQueryParameter("tag_name", "v1").addQueryParameter("image_type", "private_image")
                .addQueryParameter("instance_id", "").build();

        assertThat(AkSkSigner.sign("GET", url, HEADERS, new byte[0], DATE, KEYS).get("Authorization"))
                .isEqualTo(SIGNED + "8c8bdad82c8762d1b9960051140996a05f5583abf6b247069d68c52f89f86c93");
    }

    @Test
    void v4SignsAGetWithoutQuery() {
        assertThat(authorization("GET", BASE + "/image/swr-repository", ""))
                .isEqualTo(SIGNED + "c5a2e2ddfc5ae845a91cbc6138c24d548c2404fec1dc2e720e95700e4122dc45");
    }

    @Test
    void temporaryKeysSendAndSignTheirSecurityToken() {
        AccessKeyCredentials temporary = AccessKeyCredentials.temporary("AK", "SK", "session-token");

        Map<String, String> added = AkSkSigner.sign("GET", HttpUrl.get(BASE), Headers.of(), new byte[0], DATE, temporary);

        assertThat(added).containsEntry("X-Security-Token", "session-token").containsEntry("X-Sdk-Date", DATE);
        assertThat(added.get("Authorization")).contains("SignedHeaders=host;x-sdk-date;x-security-token,");
    }

    @Test
    void theHostCarriesThePortOnlyWhenItIsNotTheDefault() {
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("https://hss.example.com:443/"))).isEqualTo("hss.example.com");
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("http://127.0.0.1:8080/"))).isEqualTo("127.0.0.1:8080");
    }

    @Test
    void theDateIsUtcInBasicIsoForm() {
        assertThat(AkSkSigner.sdkDate(Instant.parse("2024-03-15T08:30:00Z"))).isEqualTo(DATE);
    }
}
