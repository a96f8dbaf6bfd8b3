package io.jenkins.plugins.hss.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenSharingTest {

    @Test
    void twentyConcurrentScansOnOneIamUserFetchOneToken() throws Exception {
        TokenSharing.Outcome outcome = TokenSharing.measure(20);

        assertThat(outcome.hssCalls()).isEqualTo(40);
        assertThat(outcome.iamTokenRequests()).isEqualTo(1);
    }
}
