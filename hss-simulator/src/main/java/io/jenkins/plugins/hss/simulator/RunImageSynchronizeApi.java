package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /v5/{project_id}/image/synchronize} (RunImageSynchronize, deprecated): refreshes
 * HSS's copy of the SWR private or shared repository. The answer is 200 with an Integer
 * {@code error_code} even on success (SDK {@code RunImageSynchronizeResponse}: 0 success,
 * non-zero failure, 0-10) and {@code error_description}. While a sync of that repository runs,
 * no second one starts and the answer says so with {@code error_code} 1 (a guess: the docs name
 * no failure).
 */
final class RunImageSynchronizeApi implements Api {

    /** SDK 3.1.212 RunImageSynchronizeRequestInfo: private_image or shared_image only. */
    private static final Set<ImageType> TYPES = EnumSet.of(ImageType.PRIVATE_IMAGE, ImageType.SHARED_IMAGE);

    private final SyncLedger syncs;
    private final Clock clock;

    RunImageSynchronizeApi(SyncLedger syncs, Clock clock) {
        this.syncs = syncs;
        this.clock = clock;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        FieldLimits.ENTERPRISE_PROJECT.check(request.query());
        ImageType type = JsonBodyParameters.of(request.body()).imageType(TYPES);
        String registry = type == ImageType.PRIVATE_IMAGE ? Registry.SWR_PRIVATE_ID : Registry.SWR_SHARED_ID;
        boolean started = syncs.request(Set.of(registry), clock.instant()).isPresent();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error_code", started ? 0 : 1);
        answer.put("error_description", started ? "success" : "image synchronization is already in progress");
        return SimResponse.json(200, answer);
    }
}
