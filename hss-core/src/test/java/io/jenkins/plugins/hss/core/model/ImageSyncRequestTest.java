package io.jenkins.plugins.hss.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The body of CreateImageSynchronizeTask as the SDK 3.1.212 model would write it, and what is refused. */
class ImageSyncRequestTest {

    private static String json(ImageSyncRequest request) {
        return new String(request.toJson(), StandardCharsets.UTF_8);
    }

    @Test
    void everyRegistryOrTheListedOnes() {
        assertThat(json(ImageSyncRequest.allRegistries(null))).isEqualTo("{\"sync_all_registries\":true}");
        assertThat(json(ImageSyncRequest.of(List.of(new ImageSyncRequest.RegistryRef("harbor-1", RegistryType.HARBOR),
                new ImageSyncRequest.RegistryRef("inst-1", null)), "ep-1"))).isEqualTo("{\"sync_all_registries\":false,"
                + "\"registry_info\":[{\"registry_id\":\"harbor-1\",\"registry_type\":\"Harbor\"},{\"registry_id\":\"inst-1\"}]}");
    }

    @Test
    void aListedRegistryIsNamedByItsIdAndTheTypeThisVersionKnows() {
        Registry swr = new Registry("swr-private", "SWR private", "SwrPrivate", "V2", "https", "swr.example", null, null,
                null, "Swr", "success", null, 3, null);
        Registry quay = new Registry("quay-1", "quay", "Quay", null, null, null, null, null, null, null, null, null,
                null, null);

        assertThat(ImageSyncRequest.RegistryRef.of(swr)).isEqualTo(new ImageSyncRequest.RegistryRef("swr-private",
                RegistryType.SWR_PRIVATE));
        assertThat(ImageSyncRequest.RegistryRef.of(quay)).isEqualTo(new ImageSyncRequest.RegistryRef("quay-1", null));
    }

    @Test
    void nothingToSyncBothAtOnceAndAnItemWithoutIdAreRefused() {
        assertThatThrownBy(() -> ImageSyncRequest.of(List.of(), null))
                .hasMessageContaining("Nothing to synchronize: list registries in registry_info or set sync_all_registries=true");
        assertThatThrownBy(() -> new ImageSyncRequest(true, List.of(new ImageSyncRequest.RegistryRef("r", null)), null))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("sync_all_registries=true and a registry list (registry_info, 1 item(s))");
        assertThatThrownBy(() -> ImageSyncRequest.of(List.of(new ImageSyncRequest.RegistryRef(" ", null),
                new ImageSyncRequest.RegistryRef("r".repeat(65), null)), null))
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> assertThat(e.problems())
                        .extracting(SettingsProblem::field)
                        .containsExactly("registry_info[0].registry_id", "registry_info[1].registry_id"))
                .hasMessageContaining("registry_info[0].registry_id is required by CreateImageSynchronizeTask");
    }
}
