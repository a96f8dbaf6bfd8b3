package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.Problems;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * Where HSS and IAM are: base URLs without a path, e.g. {@code https://hss.cn-north-4.myhuaweicloud.com}.
 * The simulator serves both on one base URL ({@link #single(String)}).
 */
public record HssEndpoints(HttpUrl hss, HttpUrl iam) {

    /** The endpoints of a known region ({@link HssRegions}). */
    public static HssEndpoints forRegion(String region) {
        return HssRegions.endpoints(region);
    }

    /**
     * Explicit endpoints.
     *
     * @throws InvalidSettingsException when a URL is not https (loopback excepted) or not a URL
     */
    public static HssEndpoints of(String hssUrl, String iamUrl) {
        List<SettingsProblem> problems = new Problems()
                .addAll(problems("endpoint", hssUrl)).addAll(problems("iam_endpoint", iamUrl)).list();
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return new HssEndpoints(HttpUrl.get(hssUrl.strip()), HttpUrl.get(iamUrl.strip()));
    }

    /** One base URL serving both HSS and IAM paths, as the simulator does. */
    public static HssEndpoints single(String baseUrl) {
        return of(baseUrl, baseUrl);
    }

    /** This region's endpoints with an explicit HSS endpoint, or an explicit IAM endpoint, where not null. */
    public HssEndpoints override(String hssUrl, String iamUrl) {
        return of(hssUrl == null ? hss.toString() : hssUrl, iamUrl == null ? iam.toString() : iamUrl);
    }

    /**
     * What is wrong with an endpoint URL, reported on {@code field}: it must be an http(s) URL
     * without user information (credentials never go in a URL, where logs and consoles show them),
     * and https unless its host is loopback (localhost, 127.0.0.0/8, ::1), for tests and the
     * simulator. A problem never quotes the user information.
     */
    public static List<SettingsProblem> problems(String field, String url) {
        Problems problems = new Problems();
        HttpUrl parsed = url == null ? null : HttpUrl.parse(url.strip());
        if (parsed == null) {
            problems.add(field, "endpoint.invalid", withoutUserInfo(String.valueOf(url)));
        } else if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
            problems.add(field, "endpoint.user_info");
        } else if (!parsed.isHttps() && !isLoopback(parsed.host())) {
            problems.add(field, "endpoint.https", url.strip());
        }
        return problems.list();
    }

    /** {@code url} with whatever stands between {@code //} and an {@code @} masked. */
    private static String withoutUserInfo(String url) {
        return url.replaceFirst("//[^/?#]*@", "//****@");
    }

    private static boolean isLoopback(String host) {
        if (host.equals("localhost")) {
            return true;
        }
        boolean literal = host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        try {
            // Only literal addresses are checked: resolving a name here would ask DNS.
            return literal && InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
