package io.jenkins.plugins.hss.core.model;

/** The {@code task_type} of an image task (ListImageScanTask). */
public enum TaskType implements WireValue {
    /** A scan of a scheduled scan policy. */
    CYCLE,
    /** A scan a user or a client asked for (CreateManualImageScanTask). */
    MANUAL,
    /** HSS's scheduled refresh of its copy of the registries. */
    AUTO_SYNC,
    /** A refresh someone asked for (CreateImageSynchronizeTask, RunImageSynchronize). */
    MANUAL_SYNC;

    /** {@code cycle}, {@code manual}, {@code autoSync}, {@code manualSync}. */
    @Override
    public String wireName() {
        return WireValue.camelCase(this, false);
    }
}
