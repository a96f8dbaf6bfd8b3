package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import hudson.util.FormValidation;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class HssGlobalConfigurationTest {

    @Test
    void roundTripsThroughTheSystemPage(JenkinsRule r) throws Exception {
        HssGlobalConfiguration config = HssGlobalConfiguration.get();
        config.setRegion("ap-southeast-1");
        config.setProjectId("0123456789abcdef0123456789abcdef");
        config.setAccountName("example-account");
        config.setHssEndpoint("https://hss.internal.example.com");
        config.setIamEndpoint("https://iam.internal.example.com");
        config.setConnectTimeoutSeconds(7);
        config.setReadTimeoutSeconds(40);

        r.configRoundtrip();

        HssGlobalConfiguration saved = HssGlobalConfiguration.get();
        assertThat(saved.getRegion(), is("ap-southeast-1"));
        assertThat(saved.getProjectId(), is("0123456789abcdef0123456789abcdef"));
        assertThat(saved.getAccountName(), is("example-account"));
        assertThat(saved.getHssEndpoint(), is("https://hss.internal.example.com"));
        assertThat(saved.getIamEndpoint(), is("https://iam.internal.example.com"));
        assertThat(saved.getConnectTimeoutSeconds(), is(7));
        assertThat(saved.getReadTimeoutSeconds(), is(40));
    }

    @Test
    void formChecksJudgeTheRegionAndEndpointsTogetherInTheEnginesWords(JenkinsRule r) {
        HssGlobalConfiguration config = HssGlobalConfiguration.get();
        assertThat(config.doCheckRegion("mars-1", "https://hss.internal.example.com", "").getMessage(),
                containsString("cn-north-4"));
        assertThat(config.doCheckRegion("mars-1", "https://hss.internal.example.com", "https://iam.internal.example.com")
                .kind, is(FormValidation.Kind.OK));
        assertThat(config.doCheckRegion("", "", "").kind, is(FormValidation.Kind.OK));
        assertThat(config.doCheckHssEndpoint("http://hss.example.com", "cn-north-4", "").getMessage(),
                containsString("https"));
        assertThat(config.doCheckHssEndpoint("", "mars-1", "").kind, is(FormValidation.Kind.OK));
        assertThat(config.doCheckIamEndpoint("not a url", "cn-north-4", "").getMessage(), containsString("not a url"));
    }

    @Test
    void survivesARestartOfItsStorage(JenkinsRule r) {
        HssGlobalConfiguration.get().setProjectId("0123456789abcdef0123456789abcdef");
        assertThat(new HssGlobalConfiguration().getProjectId(), is("0123456789abcdef0123456789abcdef"));
    }
}
