package io.jenkins.plugins.hss.core.sync;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.client.SyncAnswer;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.CoverageQuery;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Futures;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Sync before scan, between the resolution and the trigger: the listed images that HSS does not
 * list yet make the run ask HSS to sync its copy of the repository ({@link SyncPlan}), then list
 * those images only, every poll interval, until they show or the sync's wait ends: at most
 * {@link SyncPlan#MAX_WAIT}, and at most half the time to the run's deadline, so that the trigger
 * and the scans keep the other half. An image that shows is recorded as any listed image (its
 * previous scan time, for the completion rule); one that does not, and every missing image when
 * the sync call fails or sync is off, stays not found, with what the run did in its reason
 * ({@link Synced}: the run makes its targets of it).
 *
 * <p>The sync is asked again only on evidence: RunImageSynchronize says whether a sync started
 * ({@code error_code} 0), and one that did not (a sync already running, which may have begun
 * before the push) is asked again at the next look; CreateImageSynchronizeTask answers nothing,
 * so it is asked again every {@link #RESEND_INTERVAL} while images are missing. A second sync
 * while one runs starts none. Every call goes through the user's budget, each sync API its own.
 */
public final class Synchronization {

    /** How often the sync that answers nothing is asked again while images are missing. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);

    /**
     * What became of the images the run lacked.
     *
     * @param shown    the row of each one that showed
     * @param notFound why each other one stays not found; none when the sync did not look for them
     *                 (nothing missing, or a selection, which names no image to wait for)
     */
    public record Synced(Map<ImageKey, SwrImage> shown, Map<ImageKey, String> notFound) {

        public Synced {
            shown = Map.copyOf(shown);
            notFound = Map.copyOf(notFound);
        }
    }

    private final SyncMember context;
    private final SyncPlan plan;
    /** The images still missing, in the run's order. */
    private final Set<ImageKey> missing = new LinkedHashSet<>();
    private final Map<ImageKey, SwrImage> shown = new LinkedHashMap<>();
    private final Map<ImageKey, String> notFound = new LinkedHashMap<>();
    private final CompletableFuture<Synced> result = new CompletableFuture<>();
    private Instant began;
    private Instant waitEnds;
    private Instant lastAsked;
    /** RunImageSynchronize's last answer; null before it and for the sync that answers nothing. */
    private SyncAnswer lastAnswer;
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private Cancellable timer = () -> { };

    /** @param missing the images the run lacked: not listed by HSS (yet) */
    public Synchronization(SyncMember context, List<ImageKey> missing) {
        this.context = context;
        this.plan = SyncPlan.of(context.settings());
        this.missing.addAll(missing);
    }

    /** Completes with what became of the missing images once every one showed, or the sync's wait ended. */
    public synchronized CompletableFuture<Synced> run() {
        if (missing.isEmpty() || plan.kind() == SyncPlan.Kind.SELECTION) {
            result.complete(new Synced(Map.of(), Map.of()));
        } else if (!plan.syncs()) {
            notFound(EngineMessages.format("sync.off"));
        } else {
            began = now();
            Duration left = Duration.between(began, context.deadline());
            Duration half = left.isNegative() ? Duration.ZERO : left.dividedBy(2);
            waitEnds = began.plus(half.compareTo(SyncPlan.MAX_WAIT) < 0 ? half : SyncPlan.MAX_WAIT);
            context.syncRequested(plan.imageType().wireName(), plan.kind() == SyncPlan.Kind.ALL_REGISTRIES, references());
            ask();
        }
        return result;
    }

    /** Withdraws the call or the look still waiting: nothing more is sent. */
    public synchronized void cancel() {
        timer.cancel();
        step.cancel(false);
    }

    private void ask() {
        lastAsked = now();
        ApiCall<SyncAnswer> call = plan.kind() != SyncPlan.Kind.REPOSITORY
                ? () -> {
                    context.poller().api().createImageSyncTask(context.poller().projectId(), syncTask());
                    return null;
                }
                : () -> context.poller().api().synchronize(context.poller().projectId(), plan.imageType(),
                        context.settings().enterpriseProjectId());
        // A sync changes state: sent again by the queue only when it surely was not executed.
        CompletableFuture<SyncAnswer> asking = context.poller().call(plan.api(), context.counted(plan.api(), call),
                CallPolicy.stateChanging(waitEnds));
        step = asking;
        asking.whenComplete(this::asked);
    }

    /** Every registry for SWR Enterprise images; the run's own registry for Harbor and JFrog ones. */
    private ImageSyncRequest syncTask() {
        String enterpriseProject = context.settings().enterpriseProjectId();
        ChosenRegistry registry = context.request().registry();
        return plan.kind() == SyncPlan.Kind.REGISTRY && registry != null
                ? ImageSyncRequest.of(List.of(new ImageSyncRequest.RegistryRef(registry.id(), registry.type())),
                        enterpriseProject)
                : ImageSyncRequest.allRegistries(enterpriseProject);
    }

    private synchronized void asked(SyncAnswer answer, Throwable error) {
        Throwable cause = Futures.cause(error);
        if (cause instanceof CancellationException || result.isDone()) {
            return;
        }
        if (cause != null) {
            String why = String.valueOf(cause.getMessage());
            context.syncFailed(references(), why);
            notFound(EngineMessages.format("sync.failed", why));
            return;
        }
        lastAnswer = answer;
        if (answer != null && !answer.started()) {
            context.syncNotStarted(answer.describe());
        }
        lookLater();
    }

    private void lookLater() {
        Instant at = now().plus(context.settings().waitOptions().initialPollInterval());
        timer = context.poller().scheduler().schedule(this::look,
                Duration.between(now(), at.isAfter(waitEnds) ? waitEnds : at));
    }

    private synchronized void look() {
        if (result.isDone()) {
            return;
        }
        List<Interest> wanted = missing.stream()
                .map(key -> Interest.once(key, context.settings().enterpriseProjectId())).toList();
        CompletableFuture<List<SwrImage>> listed = CompletableFuture.completedFuture(List.of());
        for (CoverageQuery query : CoverageQuery.cover(wanted)) {
            listed = listed.thenCompose(before -> context.list(query.query()).thenApply(images -> {
                List<SwrImage> all = new ArrayList<>(before);
                all.addAll(images);
                return all;
            }));
        }
        step = listed;
        listed.whenComplete(this::looked);
    }

    private synchronized void looked(List<SwrImage> images, Throwable error) {
        Throwable cause = Futures.cause(error);
        if (cause instanceof CancellationException || result.isDone()) {
            return;
        }
        if (cause != null) {
            result.completeExceptionally(cause);
            return;
        }
        ListedRows rows = ListedRows.of(images, plan.imageType().wireName());
        List<String> found = new ArrayList<>();
        for (ImageKey key : List.copyOf(missing)) {
            if (rows.contradictions().containsKey(key)) {
                result.completeExceptionally(MalformedResponseException.contradiction("GET " + ApiName.SWR_REPOSITORY.label(),
                        rows.contradictions().get(key)));
                return;
            }
            SwrImage row = rows.images().get(key);
            if (row != null) {
                missing.remove(key);
                shown.put(key, row);
                found.add(key.reference());
            }
        }
        if (!found.isEmpty()) {
            context.syncFound(found, Duration.between(began, now()));
        }
        if (missing.isEmpty()) {
            complete();
        } else if (!now().isBefore(waitEnds)) {
            gaveUp();
        } else if (lastAnswer != null && !lastAnswer.started()
                || lastAnswer == null && !now().isBefore(lastAsked.plus(RESEND_INTERVAL))) {
            ask();
        } else {
            lookLater();
        }
    }

    private void gaveUp() {
        long waited = Duration.between(began, now()).toSeconds();
        String why = EngineMessages.format("sync.waited", waited) + (lastAnswer == null || lastAnswer.started() ? ""
                : EngineMessages.format("sync.last_answer", lastAnswer.describe()));
        context.syncGaveUp(references(), Duration.between(began, now()), why);
        notFound(why);
    }

    /** The images still missing stay not found, for {@code why}. */
    private void notFound(String why) {
        missing.forEach(key -> notFound.put(key, why));
        missing.clear();
        complete();
    }

    private void complete() {
        result.complete(new Synced(shown, notFound));
    }

    private List<String> references() {
        return missing.stream().map(ImageKey::reference).toList();
    }

    private Instant now() {
        return context.poller().clock().instant();
    }
}
