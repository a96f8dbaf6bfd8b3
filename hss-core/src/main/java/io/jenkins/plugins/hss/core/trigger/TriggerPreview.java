package io.jenkins.plugins.hss.core.trigger;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.NewerApiTranslation;
import java.util.ArrayList;
import java.util.List;

/**
 * The trigger a run of these settings would send, for a dry run: the call and its body as the
 * configured API writes it (for {@code auto}, both, since the run decides when it starts). An
 * image list is shown as configured: a run that lists its images first sends the ones HSS holds.
 *
 * @param call the method and path, e.g. {@code POST /v5/{project_id}/image/batch-scan}
 * @param body the JSON body
 */
public record TriggerPreview(String call, byte[] body) {

    /**
     * @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException listing every problem of the settings
     */
    public static List<TriggerPreview> of(ScanSettings settings) {
        var request = settings.toRequest();
        List<TriggerPreview> previews = new ArrayList<>();
        String project = "/v5/" + settings.projectId() + "/image/";
        if (settings.api() != ScanApi.IMAGE_SCAN_TASKS) {
            previews.add(new TriggerPreview("POST " + project + "batch-scan", request.toJson()));
        }
        if (settings.api() != ScanApi.BATCH_SCAN) {
            // The registry's id and name come from the run's ListRegistry call, which a dry run does not make.
            String registry = settings.registry() == null ? ""
                    : " " + EngineMessages.format("registry.preview", settings.registry());
            previews.add(new TriggerPreview("POST " + project + "image-scan/tasks?global_image_type=registry" + registry,
                    NewerApiTranslation.scanTask(request).toJson()));
        }
        return List.copyOf(previews);
    }
}
