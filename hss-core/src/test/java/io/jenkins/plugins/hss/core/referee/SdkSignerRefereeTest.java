package io.jenkins.plugins.hss.core.referee;

import static org.assertj.core.api.Assertions.assertThat;

import com.huaweicloud.sdk.core.auth.AKSKSigner;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpMethod;
import com.huaweicloud.sdk.core.http.HttpRequest;
import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.AkSkSigner;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The official SDK's signer is the referee: for each request, both signers must give the same Authorization. */
class SdkSignerRefereeTest {

    private static final String AK = "HPUAEXAMPLEAK1234567";
    private static final String SK = "ExampleSecretKey0123456789abcdefghijklmn";
    private static final String DATE = "20240315T083000Z";
    private static final String HSS = "https://hss.cn-north-4.myhuaweicloud.com";
    private static final String P = "/v5/0123456789abcdef0123456789abcdef";

    /** One request: the path and query as decoded text, the headers the client sets, the body. */
    record Row(String name, String method, String endpoint, String path, List<String[]> query, Map<String, String> headers,
               String body, String securityToken) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Row row(String name, String method, String endpoint, String path, String body, String token,
                           String... query) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < query.length; i += 2) {
            pairs.add(new String[] {query[i], query[i + 1]});
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "hss-image-scan/1");
        headers.put("X-Project-Id", "0123456789abcdef0123456789abcdef");
        headers.put("region", "cn-north-4");
        return new Row(name, method, endpoint, path, pairs, headers, body, token);
    }

    private static Row withHeader(Row row, String name, String value) {
        Map<String, String> headers = new LinkedHashMap<>(row.headers());
        headers.put(name, value);
        return new Row(row.name() + " + " + name, row.method(), row.endpoint(), row.path(), row.query(), headers, row.body(),
                row.securityToken());
    }

    static Stream<Row> requests() {
        String scan = "{\"image_info_list\":[{\"namespace\":\"team-a\",\"image_name\":\"nginx\",\"image_version\":\"1.25\"}],"
                + "\"operate_all\":false,\"image_type\":\"private_image\"}";
        return Stream.of(
                row("list without query", "GET", HSS, P + "/image/swr-repository", "", null),
                row("list first page", "GET", HSS, P + "/image/swr-repository", "", null,
                        "image_type", "private_image", "offset", "0", "limit", "200"),
                row("all list filters", "GET", HSS, P + "/image/swr-repository", "", null,
                        "enterprise_project_id", "all_granted_eps", "namespace", "team-a", "image_name", "nginx",
                        "image_version", "1.25", "latest_version", "true", "offset", "200", "limit", "200",
                        "image_type", "shared_image", "scan_status", "success", "instance_name", "inst",
                        "image_size", "1024", "start_latest_update_time", "1700000000000",
                        "end_latest_update_time", "1700000001000", "has_vul", "true", "instance_id", "x"),
                row("space plus star tilde slash", "GET", HSS, P + "/image/swr-repository", "", null,
                        "image_type", "private_image", "namespace", "my ns+x*~/y"),
                row("non-ASCII value", "GET", HSS, P + "/image/swr-repository", "", null,
                        "image_type", "private_image", "image_name", "é中文"),
                row("reserved characters", "GET", HSS, P + "/image/swr-repository", "", null,
                        "image_name", "a&b=c?d#e%f", "image_type", "private_image"),
                row("empty value", "GET", HSS, P + "/image/swr-repository", "", null,
                        "image_type", "private_image", "instance_id", ""),
                row("emoji and quotes", "GET", HSS, P + "/image/swr-repository", "", null,
                        "image_name", "\"q'🙂", "image_type", "private_image"),
                row("colon in image id", "GET", HSS, P + "/image/sha256:ab12/vulnerabilities", "", null,
                        "image_type", "private_image", "namespace", "team-a", "image_name", "nginx", "tag_name", "1.25"),
                row("vulnerability filters", "GET", HSS, P + "/image/img-1/vulnerabilities", "", null,
                        "image_type", "private_image", "offset", "10", "limit", "10", "namespace", "team-a",
                        "image_name", "tools/jdk", "tag_name", "17", "repair_necessity", "immediate_repair",
                        "vul_id", "CVE-2024-1", "app_name", "openssl", "type", "linux_vul"),
                row("trigger by list", "POST", HSS, P + "/image/batch-scan", scan, null, "enterprise_project_id", "0"),
                row("trigger without query", "POST", HSS, P + "/image/batch-scan", scan, null),
                row("trigger by filter", "POST", HSS, P + "/image/batch-scan",
                        "{\"operate_all\":true,\"image_type\":\"shared_image\",\"scan_status\":\"unscan\",\"latest_version\":true}", null),
                row("non-ASCII body", "POST", HSS, P + "/image/batch-scan",
                        "{\"namespace\":\"équipe-中\",\"operate_all\":true,\"image_type\":\"private_image\"}", null),
                row("empty POST body", "POST", HSS, P + "/image/batch-scan", "", null),
                row("temporary key GET", "GET", HSS, P + "/image/swr-repository", "", "sts-token-abc",
                        "image_type", "private_image"),
                row("temporary key POST", "POST", HSS, P + "/image/batch-scan", scan, "sts-token-def"),
                row("IAM token body", "POST", "https://iam.cn-north-4.myhuaweicloud.com", "/v3/auth/tokens",
                        "{\"auth\":{}}", null, "nocatalog", "true"),
                row("eu endpoint", "GET", "https://hss.eu-west-101.myhuaweicloud.eu", P + "/image/swr-repository", "", null,
                        "image_type", "private_image"),
                row("loopback with port", "GET", "http://127.0.0.1:8443", P + "/image/swr-repository", "", null,
                        "image_type", "private_image", "limit", "10"),
                withHeader(row("underscore header", "GET", HSS, P + "/image/swr-repository", "", null), "X_Custom", "ignored"),
                withHeader(row("extra header", "GET", HSS, P + "/image/swr-repository", "", null, "a", "1"),
                        "X-Extra", "inner  spaces; a=b, c"),
                row("DELETE with query", "DELETE", HSS, P + "/image/x", "", null, "z", "last", "a", "first"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("requests")
    void ourSignerAndTheSdksGiveTheSameAuthorization(Row row) {
        assertThat(ours(row)).isEqualTo(sdks(row));
    }

    private static String ours(Row row) {
        HttpUrl.Builder url = HttpUrl.get(row.endpoint()).newBuilder();
        for (String segment : row.path().substring(1).split("/")) {
            url.addPathSegment(segment);
        }
        row.query().forEach(pair -> url.addQueryParameter(pair[0], pair[1]));
        AccessKeyCredentials keys = row.securityToken() == null
                ? AccessKeyCredentials.of(AK, SK) : AccessKeyCredentials.temporary(AK, SK, row.securityToken());
        return AkSkSigner.sign(row.method(), url.build(), Headers.of(row.headers()),
                row.body().getBytes(StandardCharsets.UTF_8), DATE, keys).get("Authorization");
    }

    private static String sdks(Row row) {
        HttpRequest.HttpRequestBuilder request = HttpRequest.newBuilder().withEndpoint(row.endpoint()).withPath(row.path())
                .withMethod(HttpMethod.valueOf(row.method())).withBodyAsString(row.body())
                .addHeader("X-Sdk-Date", DATE);
        row.headers().forEach(request::addHeader);
        if (row.securityToken() != null) {
            request.addHeader("X-Security-Token", row.securityToken());
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        row.query().forEach(pair -> query.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
        query.forEach(request::addQueryParam);
        return AKSKSigner.getInstance().sign(request.build(), new BasicCredentials().withAk(AK).withSk(SK))
                .get("Authorization");
    }
}
