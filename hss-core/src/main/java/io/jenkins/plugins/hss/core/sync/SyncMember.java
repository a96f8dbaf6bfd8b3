package io.jenkins.plugins.hss.core.sync;

import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A run as its sync before a scan sees it: its settings and request, whose budget the sync
 * calls through until when, where its requests are counted, and what it is told of the sync
 * (the run tells its listener).
 */
public interface SyncMember {

    ScanSettings settings();

    /** The run's batch scan, validated once; the registry it resolved to. */
    BatchScanRequest request();

    /** The poller of the run's API and its user's budget. */
    SharedPoller poller();

    /** When the run ends whatever it is doing. */
    Instant deadline();

    /** {@code call}, each attempt of which counts as one request of the run to {@code api}. */
    <T> ApiCall<T> counted(ApiName api, ApiCall<T> call);

    /** Every image {@code query} lists, for the run, through the list budget. */
    CompletableFuture<List<SwrImage>> list(SwrImageQuery query);

    /** The sync was asked for, for {@code references} (of every registry when {@code allRegistries}). */
    void syncRequested(String imageType, boolean allRegistries, List<String> references);

    /** HSS said the sync it was asked for did not start, with {@code answer}. */
    void syncNotStarted(String answer);

    /** {@code references} showed, {@code after} the sync was asked for. */
    void syncFound(List<String> references, Duration after);

    /** {@code references} did not show within the sync's wait ({@code waited}), for {@code why}. */
    void syncGaveUp(List<String> references, Duration waited, String why);

    /** The sync call failed for good, with {@code error}: {@code references} stay not found. */
    void syncFailed(List<String> references, String error);
}
