package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.simulator.Endpoint;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Engines of several processes that share nothing but a call ledger keep to one user's budget together. */
class SharedLedgerTest {

    @TempDir
    Path dir;

    private SimulatedHss cloud;

    @AfterEach
    void stopSimulator() {
        if (cloud != null) {
            cloud.close();
        }
    }

    @Test
    void processesSharingALedgerStayWithinTheLimitTogether() throws IOException {
        cloud = new SimulatedHss(HssEngineTest.images(12),
                simulator -> simulator.rateLimit(io.jenkins.plugins.hss.simulator.RateLimit.HSS), SimulatedHss.ACCESS_KEY);
        // Twelve processes, one run each as hss-scan runs: engines with nothing in common but the
        // ledger directory (and the machine's clock), so none shares a trigger or a poll.
        List<ScanRun> runs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            runs.add(ledgerEngine().start(cloud.settings("team/svc-" + i + ":1.0").build(), cloud.connection(),
                    WatchListener.NONE));
        }
        cloud.runUntil(() -> runs.stream().allMatch(run -> run.result().isDone()));

        for (Endpoint endpoint : Endpoint.values()) {
            assertThat(cloud.hss.throttledCount(endpoint)).as("429s on %s", endpoint).isZero();
        }
        assertThat(runs).extracting(run -> run.result().join().outcome()).containsOnly(Outcome.SUCCESS);
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(12);
    }

    private HssEngine ledgerEngine() throws IOException {
        return HssEngine.builder(cloud.scheduler, cloud.clock).sharedLedger(dir).build();
    }
}
