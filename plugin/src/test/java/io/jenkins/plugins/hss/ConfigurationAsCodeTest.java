package io.jenkins.plugins.hss;

import static io.jenkins.plugins.casc.misc.Util.getUnclassifiedRoot;
import static io.jenkins.plugins.casc.misc.Util.toStringFromYamlFile;
import static io.jenkins.plugins.casc.misc.Util.toYamlString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import hudson.security.ACL;
import io.jenkins.plugins.casc.ConfigurationAsCode;
import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.ConfiguratorRegistry;
import io.jenkins.plugins.casc.misc.ConfiguredWithCode;
import io.jenkins.plugins.casc.misc.JenkinsConfiguredWithCodeRule;
import io.jenkins.plugins.casc.misc.junit.jupiter.WithJenkinsConfiguredWithCode;
import io.jenkins.plugins.casc.model.CNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

@WithJenkinsConfiguredWithCode
class ConfigurationAsCodeTest {

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void importsTheGlobalConfiguration(JenkinsConfiguredWithCodeRule j) {
        HssGlobalConfiguration config = HssGlobalConfiguration.get();
        assertThat(config.getRegion(), is("cn-north-4"));
        assertThat(config.getProjectId(), is("0123456789abcdef0123456789abcdef"));
        assertThat(config.getCredentialsId(), is("hss-ak"));
        assertThat(config.getAccountName(), is("example-account"));
        assertThat(config.getApi(), is("auto"));
        assertThat(config.getHssEndpoint(), is("https://hss.internal.example.com"));
        assertThat(config.getIamEndpoint(), is("https://iam.internal.example.com"));
        assertThat(config.getConnectTimeoutSeconds(), is(7));
        assertThat(config.getReadTimeoutSeconds(), is(40));
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void importsTheAccessKeyCredential(JenkinsConfiguredWithCodeRule j) {
        List<HuaweiCloudAccessKeyCredentials> keys = CredentialsProvider.lookupCredentialsInItemGroup(
                HuaweiCloudAccessKeyCredentials.class, j.jenkins, ACL.SYSTEM2, List.of());
        assertThat(keys.size(), is(1));
        HuaweiCloudAccessKeyCredentials key = keys.get(0);
        assertThat(key.getId(), is("hss-ak"));
        assertThat(key.getAccessKey(), is("AKEXAMPLE0000000001"));
        assertThat(key.getSecretKey().getPlainText(), is("sk-example-never-logged"));
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void exportsWhatItImported(JenkinsConfiguredWithCodeRule j) throws Exception {
        ConfigurationContext context = new ConfigurationContext(ConfiguratorRegistry.get());
        CNode exported = getUnclassifiedRoot(context).get("hssImageScan");
        assertThat(toYamlString(exported), is(toStringFromYamlFile(this, "configuration-as-code-expected.yml")));
    }

    @Test
    @ConfiguredWithCode("configuration-as-code.yml")
    void neverExportsTheSecretKeyInClear(JenkinsConfiguredWithCodeRule j) throws Exception {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(exported);
        assertThat(exported.toString(StandardCharsets.UTF_8), not(containsString("sk-example-never-logged")));
    }
}
