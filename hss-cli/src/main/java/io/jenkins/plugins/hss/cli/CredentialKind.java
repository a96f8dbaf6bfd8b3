package io.jenkins.plugins.hss.cli;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.HssCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.SecretValue;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The three ways to sign in to HSS, each with its environment variables and credentials-file
 * keys (docs/cli.md, "Credentials"). An access key may also come from the variables the official
 * Huawei Cloud SDK reads ({@code EnvCredentialProvider}: {@code HUAWEICLOUD_SDK_AK},
 * {@code HUAWEICLOUD_SDK_SK}, {@code HUAWEICLOUD_SDK_SECURITY_TOKEN}).
 */
enum CredentialKind {

    ACCESS_KEY(List.of(
            new Field("HSS_ACCESS_KEY", "HUAWEICLOUD_SDK_AK", "access_key", true),
            new Field("HSS_SECRET_KEY", "HUAWEICLOUD_SDK_SK", "secret_key", true),
            new Field("HSS_SECURITY_TOKEN", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "security_token", false)),
            values -> new AccessKeyCredentials(values.get("access_key"), SecretValue.of(values.get("secret_key")),
                    values.containsKey("security_token") ? SecretValue.of(values.get("security_token")) : null)),

    IAM_USER(List.of(
            new Field("HSS_USERNAME", null, "username", true),
            new Field("HSS_PASSWORD", null, "password", true),
            new Field("HSS_DOMAIN", null, "domain", true)),
            values -> new IamUserCredentials(values.get("username"), SecretValue.of(values.get("password")),
                    values.get("domain"))),

    TOKEN(List.of(new Field("HSS_TOKEN", null, "token", true)),
            values -> new TokenCredentials(SecretValue.of(values.get("token"))));

    private final List<Field> fields;
    private final Function<Map<String, String>, HssCredentials> factory;

    CredentialKind(List<Field> fields, Function<Map<String, String>, HssCredentials> factory) {
        this.fields = fields;
        this.factory = factory;
    }

    List<Field> fields() {
        return fields;
    }

    /** The credentials from values keyed by {@link Field#fileKey()}; every required one is present. */
    HssCredentials create(Map<String, String> values) {
        return factory.apply(values);
    }

    /**
     * One value of a credential.
     *
     * @param environmentVariable where it comes from in the environment
     * @param sdkVariable         where the official SDK reads it from, or null when the SDK has no such variable
     * @param fileKey             its key in a credentials file
     */
    record Field(String environmentVariable, String sdkVariable, String fileKey, boolean required) {

        /** The SDK's variable where there is one, else ours. */
        String sdkVariableOrOurs() {
            return sdkVariable == null ? environmentVariable : sdkVariable;
        }
    }
}
