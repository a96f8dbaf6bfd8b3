package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: images of an SWR Enterprise instance ({@code image_type} {@code instance_image}) name
 * their instance in every call; an image without one is an error that names the field and the
 * fix, before anything is sent.
 */
class EnterpriseSettingsTest {

    private static final String PROJECT = "0123456789abcdef0123456789abcdef";
    private static final String INSTANCE = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";

    private static ScanSettingsBuilder enterprise() {
        return ScanSettings.builder().projectId(PROJECT).imageType("instance_image")
                .imageReferences(List.of("finance/ledger:3.1", "finance/api:2.0"));
    }

    @Test
    void theListsInstanceIsEveryImagesInstanceAndGoesIntoEachBatchScanItem() {
        ScanSettings settings = enterprise().instanceId(INSTANCE).build();

        assertThat(settings.problems()).isEmpty();
        assertThat(settings.images()).extracting(ImageRef::instanceId).containsOnly(INSTANCE);
        assertThat(new String(settings.toRequest().toJson(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"image_type\":\"instance_image\"")
                .contains("{\"namespace\":\"finance\",\"image_name\":\"ledger\",\"image_version\":\"3.1\",\"instance_id\":\""
                        + INSTANCE + "\"}");
    }

    @Test
    void anImageOfItsOwnInstanceKeepsItButARunScansTheImagesOfOneInstance() {
        ScanSettings settings = enterprise().image(ImageRef.of("finance", "batch", "1.0").withInstance("other-1", null))
                .instanceId(INSTANCE).build();

        assertThat(settings.images()).extracting(ImageRef::instanceId).containsExactly(INSTANCE, INSTANCE, "other-1");
        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("instance_id");
            assertThat(problem.message()).contains("2 SWR Enterprise instances", "a run of its own");
        });
    }

    @Test
    void enterpriseImagesWithoutAnInstanceAreOneProblemNamingTheFieldAndTheFix() {
        assertThat(enterprise().build().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("instance_id");
            assertThat(problem.message()).contains("instance_id is missing", "2 listed image(s)",
                    "set instance_id to the instance's id");
        });
    }

    @Test
    void anInstanceIdThatCannotBeOneIsReportedOnceForTheList() {
        assertThat(enterprise().instanceId("inst 1/../x").build().problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("instance_id");
            assertThat(problem.message()).contains("is not an SWR Enterprise instance id", "1-128");
        });
        assertThat(enterprise().instanceId("i".repeat(129)).build().problems()).extracting(SettingsProblem::field)
                .containsExactly("instance_id");
        assertThat(enterprise().instanceId("i".repeat(128)).build().problems()).isEmpty();
    }

    @Test
    void anImagesOwnInvalidInstanceIdIsReportedOnThatImage() {
        ScanSettings settings = enterprise().instanceId(INSTANCE)
                .image(ImageRef.of("finance", "batch", "1.0").withInstance("bad id", "swr.example/finance/batch:1.0"))
                .build();

        assertThat(settings.problems()).extracting(SettingsProblem::field)
                .containsExactlyInAnyOrder("image_info_list[2]", "instance_id");
    }

    @Test
    void anInstanceUrlWithSpacesIsNoUrl() {
        ScanSettings settings = enterprise().instanceId(INSTANCE)
                .image(ImageRef.of("finance", "batch", "1.0").withInstance(INSTANCE, "swr.example/finance batch:1.0"))
                .build();

        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("image_info_list[2]");
            assertThat(problem.message()).contains("instance_url", "is not a URL");
        });
    }

    @Test
    void otherImagesHaveNoInstance() {
        ScanSettings settings = enterprise().imageType("private_image").instanceId(INSTANCE).build();

        assertThat(settings.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("instance_id");
            assertThat(problem.message()).contains("image_type private_image has no instances",
                    "set image_type to instance_image");
        });
    }

    @Test
    void operateAllCannotSelectOneInstance() {
        ScanSettings settings = ScanSettings.builder().projectId(PROJECT).imageType("instance_image").operateAll(true)
                .instanceId(INSTANCE).build();

        assertThat(settings.problems()).extracting(SettingsProblem::field).containsExactly("instance_id");
        assertThat(ScanSettings.builder().projectId(PROJECT).imageType("instance_image").operateAll(true).build()
                .problems()).isEmpty();
    }

    @Test
    void theImageTypeReadsInstanceImageInAnyCase() {
        assertThat(enterprise().imageType("INSTANCE_IMAGE").instanceId(INSTANCE).build().imageType())
                .isEqualTo(ImageType.INSTANCE_IMAGE);
    }

    @Test
    void theTriggerTakesTheInstanceUrlHssListedOnlyWhenItIsOne() {
        ImageRef image = ImageRef.of("finance", "ledger", "3.1").withInstance(INSTANCE, null);

        assertThat(image.withListedInstanceUrl("swr.example/finance/ledger:3.1").instanceUrl())
                .isEqualTo("swr.example/finance/ledger:3.1");
        assertThat(image.withListedInstanceUrl("swr example").instanceUrl()).isNull();
        assertThat(image.withInstance(INSTANCE, "own.example/x").withListedInstanceUrl("swr.example/y").instanceUrl())
                .isEqualTo("own.example/x");
        assertThat(ImageRef.of("team", "app", "1").withListedInstanceUrl("swr.example/y").instanceUrl()).isNull();
    }
}
