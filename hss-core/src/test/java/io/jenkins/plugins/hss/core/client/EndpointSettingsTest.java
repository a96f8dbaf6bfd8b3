package io.jenkins.plugins.hss.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import org.junit.jupiter.api.Test;

class EndpointSettingsTest {

    @Test
    void aKnownRegionHasItsEndpoints() {
        EndpointSettings where = new EndpointSettings("cn-north-4", null, null);

        assertThat(where.problems()).isEmpty();
        assertThat(where.endpoints()).isEqualTo(HssEndpoints.forRegion("cn-north-4"));
    }

    @Test
    void aMissingRegionIsAProblemOfTheRegion() {
        assertThat(new EndpointSettings(" ", null, null).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("region is missing", "cn-north-4"))
                .extracting(SettingsProblem::field).isEqualTo("region");
    }

    @Test
    void anUnknownRegionNamesTheKnownOnesAndTheEndpointsAsTheFix() {
        assertThat(new EndpointSettings("mars-1", "https://hss.internal.example", null).problems()).singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("mars-1", "cn-north-4", "ap-southeast-5", "endpoint", "iam_endpoint"))
                .extracting(SettingsProblem::field).isEqualTo("region");
    }

    @Test
    void bothEndpointsMakeAnyNamedRegionUsable() {
        EndpointSettings where = new EndpointSettings("dedicated-1", "https://hss.internal.example", "http://127.0.0.1:9");

        assertThat(where.problems()).isEmpty();
        assertThat(where.endpoints().hss().host()).isEqualTo("hss.internal.example");
        assertThat(where.endpoints().iam().host()).isEqualTo("127.0.0.1");
    }

    @Test
    void anExplicitEndpointReplacesOnlyItsOwn() {
        HssEndpoints endpoints = new EndpointSettings("cn-north-4", "https://hss.internal.example", "").endpoints();

        assertThat(endpoints.hss().host()).isEqualTo("hss.internal.example");
        assertThat(endpoints.iam().host()).isEqualTo("iam.cn-north-4.myhuaweicloud.com");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        EndpointSettings where = new EndpointSettings("mars-1", "http://hss.example.com", "not a url");

        assertThat(where.problems()).extracting(SettingsProblem::field)
                .containsExactly("endpoint", "iam_endpoint");
        assertThat(new EndpointSettings("mars-1", "http://hss.example.com", null).problems())
                .extracting(SettingsProblem::field).containsExactly("region", "endpoint");
        assertThatThrownBy(where::endpoints).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("hss.example.com").hasMessageContaining("not a url");
    }
}
