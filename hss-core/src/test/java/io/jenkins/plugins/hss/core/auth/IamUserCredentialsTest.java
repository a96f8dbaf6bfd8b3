package io.jenkins.plugins.hss.core.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IamUserCredentialsTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void aBlankAccountNameIsRefusedNamingTheFieldAndTheFix(String domain) {
        assertThatThrownBy(() -> IamUserCredentials.of("ci-bot", "S3cret-Passw0rd!", domain))
                .isInstanceOfSatisfying(IncompleteCredentialsException.class,
                        e -> assertThat(e.field()).isEqualTo("domain_name"))
                .hasMessageContaining("domain_name is missing for the IAM user \"ci-bot\"")
                .hasMessageContaining("set it to the name of the account")
                .hasMessageNotContaining("S3cret");
    }

    @Test
    void anAccountNameMakesTheIdentity() {
        assertThat(IamUserCredentials.of("ci-bot", "S3cret-Passw0rd!", "acme").identity()).isEqualTo("iam:acme/ci-bot");
    }
}
