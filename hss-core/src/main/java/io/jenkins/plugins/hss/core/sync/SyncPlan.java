package io.jenkins.plugins.hss.core.sync;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * What a run does for the listed images that HSS does not list yet ("sync before scan"): HSS lists
 * SWR images from its own copy of each repository, refreshed daily or when asked, so a tag pushed
 * a minute before the run is missing until a sync. Which call asks for it depends on the image
 * type: RunImageSynchronize ({@code POST /image/synchronize}) refreshes the SWR private or shared
 * repository, the only types it takes; for SWR Enterprise images the newer
 * CreateImageSynchronizeTask ({@code POST /image/image-sync/tasks}) with
 * {@code sync_all_registries}, since its {@code registry_info} wants a registry id that no image
 * call gives (ListRegistry's {@code id}; nothing documents it as the instance id). For Harbor and
 * JFrog images the run knows its registry's id (it resolved the settings' {@code registry} by
 * ListRegistry), so the same call names that registry alone ({@code registry_info}). A face shows
 * {@link #message()} in a dry run.
 *
 * @param kind      what the run does
 * @param imageType the settings' image type
 */
public record SyncPlan(Kind kind, ImageType imageType) {

    /** How long a run waits at most for the images it asked HSS to sync, within half the time to its deadline. */
    public static final Duration MAX_WAIT = Duration.ofMinutes(5);

    /** What a run does for an image HSS does not list. */
    public enum Kind {
        /** Nothing: {@code synchronize} is off, and the image is not found. */
        OFF,
        /** Nothing: an {@code operate_all} selection is what HSS lists. */
        SELECTION,
        /** RunImageSynchronize of the image type's repository. */
        REPOSITORY,
        /** CreateImageSynchronizeTask of every registry. */
        ALL_REGISTRIES,
        /** CreateImageSynchronizeTask of the registry the settings name (Harbor, JFrog). */
        REGISTRY
    }

    public SyncPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(imageType, "imageType");
    }

    /** The plan of valid {@code settings}. */
    public static SyncPlan of(ScanSettings settings) {
        ImageType type = settings.imageType();
        if (Boolean.TRUE.equals(settings.operateAll())) {
            return new SyncPlan(Kind.SELECTION, type);
        }
        if (!settings.synchronize()) {
            return new SyncPlan(Kind.OFF, type);
        }
        return new SyncPlan(type.isOtherRegistry() ? Kind.REGISTRY
                : type.isEnterprise() ? Kind.ALL_REGISTRIES : Kind.REPOSITORY, type);
    }

    /** Whether the run asks HSS to sync. */
    public boolean syncs() {
        return kind == Kind.REPOSITORY || kind == Kind.ALL_REGISTRIES || kind == Kind.REGISTRY;
    }

    /** The budget the sync call spends: each sync API has its own quota. */
    ApiName api() {
        return kind == Kind.REPOSITORY ? ApiName.SYNCHRONIZE : ApiName.IMAGE_SYNC_TASKS;
    }

    /** One line saying what the run would do, e.g. for a dry run. */
    public String message() {
        return switch (kind) {
            case OFF -> EngineMessages.format("sync.plan.off");
            case SELECTION -> EngineMessages.format("sync.plan.selection");
            case REPOSITORY -> EngineMessages.format("sync.plan.repository", imageType, MAX_WAIT.toMinutes());
            case ALL_REGISTRIES -> EngineMessages.format("sync.plan.all_registries", imageType, MAX_WAIT.toMinutes());
            case REGISTRY -> EngineMessages.format("sync.plan.registry", imageType, MAX_WAIT.toMinutes());
        };
    }
}
