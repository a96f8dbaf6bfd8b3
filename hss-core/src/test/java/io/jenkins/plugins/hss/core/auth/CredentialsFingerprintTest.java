package io.jenkins.plugins.hss.core.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsFingerprintTest {

    @Test
    void equalCredentialsHaveEqualFingerprints() {
        assertThat(AccessKeyCredentials.of("AK1", "sk-1").fingerprint()).isEqualTo(AccessKeyCredentials.of("AK1", "sk-1").fingerprint());
        assertThat(IamUserCredentials.of("bot", "pw-1", "acme").fingerprint()).isEqualTo(IamUserCredentials.of("bot", "pw-1", "acme").fingerprint());
    }

    @Test
    void aRotatedSecretUnderTheSameIdentityChangesTheFingerprint() {
        assertThat(AccessKeyCredentials.of("AK1", "sk-1").fingerprint()).isNotEqualTo(AccessKeyCredentials.of("AK1", "sk-2").fingerprint());
        assertThat(AccessKeyCredentials.temporary("AK1", "sk-1", "st-1").fingerprint())
                .isNotEqualTo(AccessKeyCredentials.temporary("AK1", "sk-1", "st-2").fingerprint());
        assertThat(IamUserCredentials.of("bot", "pw-1", "acme").fingerprint()).isNotEqualTo(IamUserCredentials.of("bot", "pw-2", "acme").fingerprint());
        assertThat(TokenCredentials.of("t-1").fingerprint()).isNotEqualTo(TokenCredentials.of("t-2").fingerprint());
    }

    @Test
    void aFingerprintIsASha256DigestThatShowsNoSecret() {
        List<HssCredentials> all = List.of(AccessKeyCredentials.temporary("AK1", "sk-VERY-SECRET", "st-VERY-SECRET"),
                IamUserCredentials.of("bot", "pw-VERY-SECRET", "acme"), TokenCredentials.of("t-VERY-SECRET"));

        assertThat(all).extracting(HssCredentials::fingerprint)
                .allSatisfy(fingerprint -> assertThat(fingerprint).matches("[0-9a-f]{64}").doesNotContain("SECRET"));
    }

    @Test
    void aTokensIdentityIsTheStartOfItsDigest() {
        TokenCredentials token = TokenCredentials.of("t-1");

        assertThat(token.identity()).isEqualTo("token:" + token.fingerprint().substring(0, 16));
    }
}
