package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: every field is checked against the strictest HSS call that will carry it, before
 * anything is sent. A tag of 65-128 characters is a valid SWR tag, but HSS's image list
 * ({@code image_version} 1-64) and vulnerability list ({@code tag_name} 0-64) refuse it: the
 * batch scan would start a scan the run could never follow.
 */
class FieldLimitsTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    private static ScanSettingsBuilder valid() {
        return ScanSettings.builder().projectId(PROJECT).imageType("private_image");
    }

    private static String tag(int length) {
        return "v" + "1".repeat(length - 1);
    }

    @Test
    void aTagOfSixtyFourCharactersIsTheLongestHssFollows() {
        assertThat(valid().image("team/app:" + tag(64)).build().problems()).isEmpty();
    }

    @Test
    void aTagSwrTakesButHssListsCannotCarryIsRefusedNamingTheCallsAndTheFix() {
        List<SettingsProblem> problems = valid().image("team/app:" + tag(65)).build().problems();

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("image_info_list[0]");
            assertThat(problem.message()).contains("65 characters", "image_version", "tag_name", "at most 64",
                    "push the image under a tag of at most 64 characters");
        });
    }

    @Test
    void aTagLongerThanSwrAllowsIsReportedAsAnInvalidTagOnly() {
        assertThat(valid().image("team/app:" + tag(129)).build().problems()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("is not a valid tag"));
    }

    @Test
    void filtersAreCheckedAgainstTheImageListTheRunReadsThemWith() {
        ScanSettings settings = valid().operateAll(true).namespace("n".repeat(257)).imageName("a".repeat(129))
                .imageVersion("1".repeat(65)).build();

        assertThat(settings.problems()).extracting(SettingsProblem::field)
                .containsExactlyInAnyOrder("namespace", "image_name", "image_version");
        assertThat(settings.problems()).allSatisfy(problem -> assertThat(problem.message()).contains("at most"));
    }

    @Test
    void filtersAtTheirLimitsAreValid() {
        assertThat(valid().operateAll(true).namespace("n".repeat(256)).imageName("a".repeat(128))
                .imageVersion("1".repeat(64)).build().problems()).isEmpty();
    }

    @Test
    void anEnterpriseProjectIdLongerThanEveryCallTakesIsRefused() {
        ScanSettings settings = valid().image("team/app:1.0").enterpriseProjectId("e".repeat(257)).build();

        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("enterprise_project_id");
            assertThat(problem.message()).contains("257 characters", "at most 256");
        });
        assertThat(valid().image("team/app:1.0").enterpriseProjectId("e".repeat(256)).build().problems()).isEmpty();
    }
}
