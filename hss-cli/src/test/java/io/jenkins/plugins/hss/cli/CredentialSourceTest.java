package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.IamUserCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CredentialSourceTest {

    @TempDir
    Path dir;

    /** Ours, and the official Huawei Cloud SDK's (its EnvCredentialProvider). */
    static Stream<Map<String, String>> accessKeyVariables() {
        return Stream.of(Map.of("HSS_ACCESS_KEY", "AK", "HSS_SECRET_KEY", "SK", "HSS_SECURITY_TOKEN", "ST"),
                Map.of("HUAWEICLOUD_SDK_AK", "AK", "HUAWEICLOUD_SDK_SK", "SK", "HUAWEICLOUD_SDK_SECURITY_TOKEN", "ST"));
    }

    @ParameterizedTest
    @MethodSource("accessKeyVariables")
    void readsAnAccessKeyWithItsSecurityTokenFromTheEnvironment(Map<String, String> environment) {
        var credentials = CredentialSource.fromEnvironment(environment);

        assertThat(credentials).isInstanceOfSatisfying(AccessKeyCredentials.class, keys -> {
            assertThat(keys.accessKey()).isEqualTo("AK");
            assertThat(keys.secretKey().reveal()).isEqualTo("SK");
            assertThat(keys.temporaryToken()).hasValueSatisfying(token -> assertThat(token.reveal()).isEqualTo("ST"));
        });
    }

    @Test
    void readsAnIamUserFromTheEnvironment() {
        var credentials = CredentialSource.fromEnvironment(Map.of(
                "HSS_USERNAME", "ci", "HSS_PASSWORD", "pw", "HSS_DOMAIN", "acme", "HOME", "/home/ci"));

        assertThat(credentials).isInstanceOfSatisfying(IamUserCredentials.class, user -> {
            assertThat(user.userName()).isEqualTo("ci");
            assertThat(user.domainName()).isEqualTo("acme");
        });
    }

    @Test
    void readsATokenFromAnOwnerOnlyFile() throws IOException {
        Path file = ownerOnly("# HSS\ntoken = abc\n");

        assertThat(CredentialSource.fromFile(file)).isInstanceOfSatisfying(TokenCredentials.class,
                token -> assertThat(token.token().reveal()).isEqualTo("abc"));
    }

    @Test
    void readsAPermanentAccessKeyFromAFile() throws IOException {
        Path file = ownerOnly("access_key=AK\nsecret_key=SK\n");

        assertThat(CredentialSource.fromFile(file)).isInstanceOfSatisfying(AccessKeyCredentials.class,
                keys -> assertThat(keys.temporaryToken()).isEmpty());
    }

    @Test
    void refusesAFileTheGroupCanRead() throws IOException {
        Path file = ownerOnly("token=abc\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        assertThatThrownBy(() -> CredentialSource.fromFile(file)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("readable by others").hasMessageNotContaining("abc");
    }

    @Test
    void namesTheMissingKeyOfAFileWithoutShowingTheOthers() throws IOException {
        Path file = ownerOnly("username=ci\npassword=pw-secret\n");

        assertThatThrownBy(() -> CredentialSource.fromFile(file)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("domain is missing").hasMessageNotContaining("pw-secret");
    }

    @Test
    void ignoresBlankVariables() {
        var credentials = CredentialSource.fromEnvironment(Map.of("HSS_TOKEN", "t", "HSS_ACCESS_KEY", " "));

        assertThat(credentials).isInstanceOf(TokenCredentials.class);
    }

    private Path ownerOnly(String content) throws IOException {
        Path file = Files.writeString(dir.resolve("credentials.properties"), content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
