package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.EngineMessages;

/**
 * What {@code POST /v5/{project_id}/image/synchronize} (RunImageSynchronize) answered: 200 with
 * an Integer {@code error_code} on success too (SDK {@code RunImageSynchronizeResponse}: 0 a sync
 * started, any other value none did, e.g. one already running) and {@code error_description}.
 *
 * @param errorCode        null when the answer had none, which proves no sync started
 * @param errorDescription HSS's words, with what the request sent as credentials masked
 */
public record SyncAnswer(Integer errorCode, String errorDescription) {

    /** Whether HSS says a sync started with this request. */
    public boolean started() {
        return errorCode != null && errorCode == 0;
    }

    /** The answer in a reason's words, e.g. {@code error_code 1 (image synchronization is already in progress)}. */
    public String describe() {
        if (errorCode == null) {
            return EngineMessages.format("sync.no_error_code");
        }
        return "error_code " + errorCode + (errorDescription == null || errorDescription.isBlank() ? ""
                : " (" + errorDescription + ")");
    }
}
