package io.jenkins.plugins.hss.simulator;

import java.time.Instant;
import java.util.Set;

/**
 * One refresh of HSS's copy of some registries: requested (task type {@code manualSync}) or
 * HSS's own ({@code autoSync}). {@code registryIds} null means every registry.
 */
record SyncRun(String taskId, String taskType, Set<String> registryIds, Instant startedAt, Instant endsAt) {

    static final String MANUAL = "manualSync";
    static final String SCHEDULED = "autoSync";

    SyncRun {
        registryIds = registryIds == null ? null : Set.copyOf(registryIds);
    }

    boolean covers(String registryId) {
        return registryIds == null || registryIds.contains(registryId);
    }

    boolean isRunningAt(Instant now) {
        return !now.isBefore(startedAt) && now.isBefore(endsAt);
    }

    boolean isDoneAt(Instant now) {
        return !now.isBefore(endsAt);
    }
}
