package io.jenkins.plugins.hss;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import hudson.model.FreeStyleProject;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** What the forms of the step, the build step, the global page and the credential type say, and when. */
@WithJenkins
class FormTest {

    private JenkinsRule r;
    private HssBatchScanStep.DescriptorImpl step;

    @BeforeEach
    void useJenkins(JenkinsRule rule) {
        r = rule;
        step = r.jenkins.getDescriptorByType(HssBatchScanStep.DescriptorImpl.class);
    }

    @Test
    void anImageWithABuildParameterIsLeftToTheBuildThatExpandsIt() {
        FormValidation tagged = step.doCheckImages("team/app:${TAG}\nteam/web:1.0", false);
        assertThat(tagged.kind, is(FormValidation.Kind.OK));
        assertThat(tagged.getMessage(), containsString("Checked when the build runs"));
        assertThat(step.doCheckImages("${IMAGES}", false).kind, is(FormValidation.Kind.OK));
        // The other entries are still checked.
        assertThat(step.doCheckImages("team/app:${TAG}\nteam/Web:1.0", false).kind, is(FormValidation.Kind.ERROR));
        assertThat(step.doCheckGate("${POLICY}").kind, is(FormValidation.Kind.OK));
        assertThat(step.doCheckImageSize("${SIZE}").kind, is(FormValidation.Kind.OK));
    }

    @Test
    void aBadImageIsNamedAsWrittenOneProblemALine() {
        FormValidation check = step.doCheckImages("team/app:1.2\napp", false);
        assertThat(check.kind, is(FormValidation.Kind.ERROR));
        String html = check.renderHtml();
        assertThat(html, containsString("Image &quot;app&quot; has no organization"));
        assertThat(html, containsString("Image &quot;app&quot; has no tag"));
        assertThat(html.split("<li>").length - 1, is(2));
        assertThat(html, not(containsString("null")));
        assertThat(html, not(containsString("image_info_list")));
        assertThat(html, not(containsString(".;")));
    }

    @Test
    void theTitlesOfNumberFieldsShowTheirUnits() throws Exception {
        FreeStyleProject p = r.createFreeStyleProject();
        p.getBuildersList().add(new HssBatchScanBuilder(new HssBatchScanStep("private_image")));
        String job = Pages.html(r, p.getUrl() + "configure");
        assertThat(job, containsString("Timeout (minutes)"));
        assertThat(job, containsString("Poll interval (seconds)"));
        assertThat(job, containsString("Image size (bytes)"));
        String global = Pages.html(r, "manage/configure");
        assertThat(global, containsString("Connect timeout (seconds)"));
        assertThat(global, containsString("Read timeout (seconds)"));
    }

    @Test
    void theRegionListsAreSortedAndSayWhatEmptyMeansWhereTheyAre() {
        List<String> global = names(HssGlobalConfiguration.get().doFillRegionItems(""));
        assertThat(global.get(0), is("- none -"));
        assertThat(global.subList(1, global.size()), is(global.subList(1, global.size()).stream().sorted().toList()));
        assertThat(names(step.doFillRegionItems("")).get(0), is("- global default -"));
    }

    @Test
    void theCredentialTypeDescribesItselfAndItsFormOpensWithoutErrors() {
        HuaweiCloudAccessKeyCredentials.DescriptorImpl type =
                r.jenkins.getDescriptorByType(HuaweiCloudAccessKeyCredentials.DescriptorImpl.class);
        assertThat(type.getDescription(), containsString("access key ID and secret key"));
        // A form checks each field as it opens: a check that flags an empty field errs before anything is typed.
        // An incomplete key is refused by the build instead, before any call (HssBatchScanStepTest).
        assertThat(type.getCheckMethod("accessKey").toCheckUrl(), nullValue());
        assertThat(type.getCheckMethod("secretKey").toCheckUrl(), nullValue());
    }

    private static List<String> names(ListBoxModel model) {
        return model.stream().map(option -> option.name).toList();
    }
}
