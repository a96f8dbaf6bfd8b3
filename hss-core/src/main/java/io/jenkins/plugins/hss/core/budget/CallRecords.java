package io.jenkins.plugins.hss.core.budget;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the budget of one user and endpoint keeps its {@link CallRecord}s: in this process
 * ({@link #inMemory()}: a controller, a test), or in a {@link CallLedger} file that every
 * {@code hss-scan} process of the user on the machine honours. {@link CallWindow} decides the same
 * way over either.
 */
public interface CallRecords {

    /**
     * Runs {@code step} on the record of {@code api} and keeps what it changed, atomically against
     * every other holder of the same records: read, decide and write are one step.
     */
    <T> T update(ApiName api, Function<CallRecord, T> step);

    /** Records that live as long as the budget that holds them. */
    static CallRecords inMemory() {
        Map<ApiName, CallRecord> records = new EnumMap<>(ApiName.class);
        for (ApiName api : ApiName.values()) {
            records.put(api, new CallRecord());
        }
        return new CallRecords() {
            @Override
            public synchronized <T> T update(ApiName api, Function<CallRecord, T> step) {
                return step.apply(records.get(api));
            }
        };
    }
}
