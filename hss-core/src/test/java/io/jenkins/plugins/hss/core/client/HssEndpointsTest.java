package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HssEndpointsTest {

    @Test
    void everySdkRegionHasAnHssAndAnIamEndpoint() {
        assertThat(HssRegions.hssRegions()).hasSize(32).allSatisfy(region -> {
            HssEndpoints endpoints = HssEndpoints.forRegion(region);
            assertThat(endpoints.hss().isHttps()).isTrue();
            assertThat(endpoints.hss().host()).startsWith("hss." + region + ".");
            assertThat(endpoints.iam().isHttps()).isTrue();
        });
    }

    @Test
    void aRegionFollowsThePatternOfItsService() {
        HssEndpoints endpoints = HssEndpoints.forRegion("cn-north-4");

        assertThat(endpoints.hss()).hasToString("https://hss.cn-north-4.myhuaweicloud.com/");
        assertThat(endpoints.iam()).hasToString("https://iam.cn-north-4.myhuaweicloud.com/");
    }

    @Test
    void euWest101LivesUnderTheEuDomain() {
        HssEndpoints endpoints = HssEndpoints.forRegion("eu-west-101");

        assertThat(endpoints.hss()).hasToString("https://hss.eu-west-101.myhuaweicloud.eu/");
        assertThat(endpoints.iam()).hasToString("https://iam.eu-west-101.myhuaweicloud.eu/");
    }

    @Test
    void aRegionWithoutRegionalIamUsesTheGlobalIam() {
        assertThat(HssEndpoints.forRegion("cn-south-4").iam()).hasToString(HssRegions.GLOBAL_IAM + "/");
    }

    @Test
    void anUnknownRegionListsTheKnownOnes() {
        assertThatThrownBy(() -> HssEndpoints.forRegion("mars-1"))
                .hasMessageContaining("mars-1").hasMessageContaining("cn-north-4").hasMessageContaining("ap-southeast-5");
    }

    @Test
    void anExplicitEndpointOverridesTheRegions() {
        HssEndpoints endpoints = HssEndpoints.forRegion("cn-north-4").override("https://hss.internal.example", null);

        assertThat(endpoints.hss().host()).isEqualTo("hss.internal.example");
        assertThat(endpoints.iam().host()).isEqualTo("iam.cn-north-4.myhuaweicloud.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://127.0.0.1:9", "http://127.1.2.3", "http://[::1]:8080"})
    void plainHttpIsAllowedOnLoopback(String url) {
        assertThat(HssEndpoints.problems("endpoint", url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hss.example.com", "http://10.0.0.1", "http://localhost.example.com"})
    void plainHttpElsewhereIsAProblemOfTheEndpoint(String url) {
        assertThat(HssEndpoints.problems("endpoint", url)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("https").contains("endpoint"))
                .extracting(SettingsProblem::field).isEqualTo("endpoint");
    }

    @Test
    void somethingThatIsNotAUrlIsRefused() {
        assertThatThrownBy(() -> HssEndpoints.single("hss.example.com"))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("not a URL");
    }

    @Test
    void anEndpointWithUserInformationIsRefusedWithoutQuotingIt() {
        assertThat(HssEndpoints.problems("endpoint", "https://bot:Pw-hunter2@hss.example.com")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("user information").doesNotContain("Pw-hunter2", "bot"));
        assertThat(HssEndpoints.problems("iam_endpoint", "https://bot:Pw-hunter2@")).singleElement()
                .satisfies(p -> assertThat(p.message()).doesNotContain("Pw-hunter2"));
    }
}
