package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ImageRefTest {

    @Test
    void parsesNamespaceNameAndTag() {
        assertThat(ImageRef.parse("team-a/nginx:1.25")).isEqualTo(ImageRef.of("team-a", "nginx", "1.25"));
    }

    @Test
    void theImageNameMayHavePathComponents() {
        ImageRef ref = ImageRef.parse("team-a/tools/jdk:17-jre");

        assertThat(ref.name()).isEqualTo("tools/jdk");
        assertThat(ref.problems("image")).isEmpty();
    }

    @Test
    void toStringIsTheFormParseReads() {
        ImageRef ref = ImageRef.of("a.b", "c__d/e", "V1_x");

        assertThat(ImageRef.parse(ref.toString())).isEqualTo(ref);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nginx:1", "team/nginx", "Team/nginx:1", "1team/nginx:1", "team/Nginx:1", "team/nginx:.1",
        "team-/nginx:1", "team/nginx/:1", "team/-nginx:1", "/nginx:1", "team/nginx:", ""})
    void reportsInvalidReferencesOnTheGivenField(String text) {
        assertThat(ImageRef.parse(text).problems("image_info_list[1]"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.field()).isEqualTo("image_info_list[1]"))
                .allSatisfy(p -> assertThat(p.message()).doesNotContain("null").doesNotContain("image_info_list"));
    }

    @Test
    void aNamespaceLongerThan64CharactersIsInvalid() {
        assertThat(ImageRef.of("a".repeat(65), "n", "t").problems("i")).hasSize(1);
        assertThat(ImageRef.of("a".repeat(64), "n", "t").problems("i")).isEmpty();
    }

    @Test
    void aListIsSplitOnCommasSemicolonsAndNewLinesAndEachEntryTrimmed() {
        assertThat(ImageRef.splitList("ns/a:1, ns/b:2;ns/c:3\r\n  ns/e:5 \n"))
                .containsExactly("ns/a:1", "ns/b:2", "ns/c:3", "ns/e:5");
    }

    @Test
    void whiteSpaceInsideAnEntryDoesNotSplitItSoTheUserSeesWhatTheyTyped() {
        assertThat(ImageRef.splitList("ns/a:1 ns/b:2\tns/c:3, not a reference"))
                .containsExactly("ns/a:1 ns/b:2\tns/c:3", "not a reference");
        assertThat(ImageRef.parse("not a reference").problems("image_info_list[0]"))
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("\"not a reference\"").contains("white space")
                        .doesNotContain("image_info_list"));
    }

    @Test
    void aMissingPartIsNamedAsMissingWithTheImageAsWritten() {
        assertThat(ImageRef.parse("app").problems("image_info_list[1]"))
                .extracting(SettingsProblem::message)
                .containsExactly("Image \"app\" has no organization: write images as namespace/name:tag.",
                        "Image \"app\" has no tag: write images as namespace/name:tag.");
    }

    @Test
    void aListFileMayHaveBlankLinesAndCommentsAfterAHash() {
        String file = """
                # images of the release
                team-a/api:1.4   # the backend

                  # team-a/old:0.9
                team-a/web:2.0
                """;

        assertThat(ImageRef.splitList(file)).containsExactly("team-a/api:1.4", "team-a/web:2.0");
    }

    @Test
    void noTextOrOnlySeparatorsIsAnEmptyList() {
        assertThat(ImageRef.splitList(null)).isEmpty();
        assertThat(ImageRef.splitList(" ,; \n#x\n")).isEmpty();
    }

    @Test
    void parseListReadsEachReferenceAndKeepsInvalidOnesForValidation() {
        assertThat(ImageRef.parseList("team-a/api:1.4,Team/web"))
                .containsExactly(ImageRef.of("team-a", "api", "1.4"), ImageRef.of("Team", "web", null));
    }
}
