package io.jenkins.plugins.hss.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.auth.TokenCredentials;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The official Huawei Cloud SDK's environment variables beside ours: either family may hold the
 * access key (read as ours are: {@link CredentialSourceTest}), both only when they agree; the SDK's project id is a default like ours, and an
 * option beats both. Nothing ambiguous is guessed, and no value is ever printed.
 */
class SdkEnvironmentTest {

    @TempDir
    Path dir;

    @Test
    void theSameKeyInBothFamiliesIsOneKey() {
        var credentials = CredentialSource.fromEnvironment(Map.of("HSS_ACCESS_KEY", "AK", "HSS_SECRET_KEY", "SK",
                "HUAWEICLOUD_SDK_AK", "AK", "HUAWEICLOUD_SDK_SK", " SK "));

        assertThat(credentials).isInstanceOfSatisfying(AccessKeyCredentials.class,
                keys -> assertThat(keys.secretKey().reveal()).isEqualTo("SK"));
    }

    @Test
    void twoDifferentKeysAreAmbiguousAndNamedWithoutTheirValues() {
        assertThatThrownBy(() -> CredentialSource.fromEnvironment(Map.of("HSS_ACCESS_KEY", "AK-ONE", "HSS_SECRET_KEY", "sk-one",
                "HUAWEICLOUD_SDK_AK", "AK-TWO", "HUAWEICLOUD_SDK_SK", "sk-two")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("HSS_ACCESS_KEY and HUAWEICLOUD_SDK_AK differ")
                .hasMessageContaining("HSS_SECRET_KEY and HUAWEICLOUD_SDK_SK differ")
                .hasMessageNotContainingAny("AK-ONE", "AK-TWO", "sk-one", "sk-two");
    }

    @Test
    void aKeyFromOneFamilyAndItsSecretFromTheOtherAreRefused() {
        assertThatThrownBy(() -> CredentialSource.fromEnvironment(Map.of(
                "HSS_ACCESS_KEY", "AK", "HUAWEICLOUD_SDK_SK", "sk-secret")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("HSS_ACCESS_KEY is set but HUAWEICLOUD_SDK_AK is not")
                .hasMessageContaining("HUAWEICLOUD_SDK_SK is set but HSS_SECRET_KEY is not")
                .hasMessageNotContaining("sk-secret");
    }

    @Test
    void anSdkTokenBesideOurKeyIsRefused() {
        assertThatThrownBy(() -> CredentialSource.fromEnvironment(Map.of("HSS_ACCESS_KEY", "AK", "HSS_SECRET_KEY", "SK",
                "HUAWEICLOUD_SDK_SECURITY_TOKEN", "st-secret")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("HUAWEICLOUD_SDK_SECURITY_TOKEN is set but HSS_SECURITY_TOKEN is not")
                .hasMessageNotContaining("st-secret");
    }

    @Test
    void anIncompleteSdkKeyNamesTheSdksMissingVariable() {
        assertThatThrownBy(() -> CredentialSource.fromEnvironment(Map.of("HUAWEICLOUD_SDK_AK", "AK")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("HUAWEICLOUD_SDK_SK is missing in the environment");
    }

    @Test
    void anSdkKeyBesideAnotherKindOfCredentialsIsRefused() {
        assertThatThrownBy(() -> CredentialSource.fromEnvironment(Map.of(
                "HUAWEICLOUD_SDK_AK", "AK", "HUAWEICLOUD_SDK_SK", "SK", "HSS_TOKEN", "token")))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("several kinds of credentials")
                .hasMessageContaining("HUAWEICLOUD_SDK_AK/HUAWEICLOUD_SDK_SK")
                .hasMessageContaining("HSS_TOKEN");
    }

    @Test
    void withoutCredentialsTheMessageNamesTheSdksVariablesToo() {
        assertThatThrownBy(() -> CredentialSource.fromEnvironment(Map.of()))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("HSS_ACCESS_KEY").hasMessageContaining("HUAWEICLOUD_SDK_AK");
    }

    @Test
    void aCredentialsFileReplacesTheEnvironmentWhateverItHolds() throws IOException {
        Path file = Files.writeString(dir.resolve("hss.properties"), "token=from-file\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        assertThat(CredentialSource.fromFile(file)).isInstanceOf(TokenCredentials.class);
    }

    @Test
    void aRunSignsWithTheSdksAccessKey() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(Map.of("HUAWEICLOUD_SDK_AK", HssSimulator.DEMO_ACCESS_KEY,
                    "HUAWEICLOUD_SDK_SK", HssSimulator.DEMO_SECRET_KEY), dir, "-i", "team/app:1.0");

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        }
    }

    @Test
    void ambiguousCredentialsSendNothing() {
        try (SimulatedHss hss = SimulatedHss.with(images -> images.image("team/app:1.0"))) {
            CommandRun run = hss.run(Map.of("HSS_ACCESS_KEY", HssSimulator.DEMO_ACCESS_KEY,
                    "HSS_SECRET_KEY", HssSimulator.DEMO_SECRET_KEY, "HUAWEICLOUD_SDK_AK", "ANOTHERKEY",
                    "HUAWEICLOUD_SDK_SK", "another-secret"), dir, "-i", "team/app:1.0");

            assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("HSS_SECRET_KEY and HUAWEICLOUD_SDK_SK differ")
                    .doesNotContain(HssSimulator.DEMO_SECRET_KEY, "another-secret");
            assertThat(hss.requestsReceived()).isZero();
        }
    }

    @Test
    void theSdksProjectIdIsTheDefaultOfProjectId() {
        CommandRun run = dryRun(Map.of("HUAWEICLOUD_SDK_PROJECT_ID", "0123456789abcdef0123456789abcdef"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("for project 0123456789abcdef0123456789abcdef");
    }

    @Test
    void twoDifferentProjectIdsAreAProblemOfProjectId() {
        CommandRun run = dryRun(Map.of("HSS_PROJECT_ID", "aaaa", "HUAWEICLOUD_SDK_PROJECT_ID", "bbbb"));

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("nothing was sent", "--project-id: HSS_PROJECT_ID and HUAWEICLOUD_SDK_PROJECT_ID "
                + "are both set, to different values").doesNotContain("aaaa", "bbbb");
    }

    @Test
    void theSameProjectIdTwiceIsOne() {
        CommandRun run = dryRun(Map.of("HSS_PROJECT_ID", "aaaa", "HUAWEICLOUD_SDK_PROJECT_ID", "aaaa"));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("for project aaaa");
    }

    @Test
    void theProjectIdOptionBeatsBothVariables() {
        CommandRun run = dryRun(Map.of("HSS_PROJECT_ID", "aaaa", "HUAWEICLOUD_SDK_PROJECT_ID", "bbbb"),
                "--project-id", "cccc");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.PASS);
        assertThat(run.err()).contains("for project cccc");
    }

    private CommandRun dryRun(Map<String, String> environment, String... more) {
        String[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of("--region", "cn-north-4",
                "--image-type", "private_image", "-i", "team/app:1.0", "--dry-run"), java.util.Arrays.stream(more))
                .toArray(String[]::new);
        return CommandRun.of(environment, dir, args);
    }
}
