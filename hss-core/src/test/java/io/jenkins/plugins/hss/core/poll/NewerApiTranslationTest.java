package io.jenkins.plugins.hss.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.RegistryType;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The scan task and the list query of a Harbor run name its registry on the wire. */
class NewerApiTranslationTest {

    private static final ChosenRegistry HARBOR = new ChosenRegistry("harbor-b", "release harbor", RegistryType.HARBOR);

    @Test
    void eachTargetOfARegistryRunCarriesTheRegistrysIdNameAndType() {
        BatchScanRequest body = ScanSettings.builder().projectId("p").imageType(ImageType.HARBOR)
                .api(ScanApi.IMAGE_SCAN_TASKS).registry("release harbor").image("web/app:1.0").build().toRequest()
                .withRegistry(HARBOR);

        String json = new String(NewerApiTranslation.scanTask(body).toJson(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"registry_id\":\"harbor-b\"", "\"registry_name\":\"release harbor\"",
                "\"registry_type\":\"Harbor\"", "\"image_name\":\"app\"", "\"namespace\":\"web\"");
    }

    @Test
    void anSwrTargetNamesTheRegistryTypeOfItsImageTypeAndNoRegistry() {
        BatchScanRequest body = ScanSettings.builder().projectId("p").imageType(ImageType.PRIVATE_IMAGE)
                .image("web/app:1.0").build().toRequest();

        String json = new String(NewerApiTranslation.scanTask(body).toJson(), StandardCharsets.UTF_8);

        assertThat(json).contains("\"registry_type\":\"SwrPrivate\"").doesNotContain("registry_id", "registry_name");
    }

    @Test
    void theListQueryOfARegistryRunFiltersByTheRegistrysNameAndItsImageType() {
        SwrImageQuery query = SwrImageQuery.builder(ImageType.HARBOR).registryName("release harbor").build();

        assertThat(NewerApiTranslation.query(query).parameters(0, 10)).extracting(p -> p.name() + "=" + p.value())
                .contains("registry_name=release harbor", "image_type=harbor");
    }
}
