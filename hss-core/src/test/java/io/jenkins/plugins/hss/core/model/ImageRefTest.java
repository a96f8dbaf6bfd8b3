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
                .allSatisfy(p -> assertThat(p.field()).isEqualTo("image_info_list[1]"));
    }

    @Test
    void aNamespaceLongerThan64CharactersIsInvalid() {
        assertThat(ImageRef.of("a".repeat(65), "n", "t").problems("i")).hasSize(1);
        assertThat(ImageRef.of("a".repeat(64), "n", "t").problems("i")).isEmpty();
    }
}
