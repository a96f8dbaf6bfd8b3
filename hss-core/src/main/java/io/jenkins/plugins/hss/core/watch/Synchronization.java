package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ImageSyncRequest;
import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.client.SyncAnswer;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.CoverageQuery;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.time.Cancellable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sync before scan, between the resolution and the trigger: the listed images that HSS does not
 * list yet make the run ask HSS to sync its copy of the repository ({@link SyncPlan}), then list
 * those images only, every poll interval, until they show or the sync's wait ends: at most
 * {@link SyncPlan#MAX_WAIT}, and at most half the time to the run's deadline, so that the trigger
 * and the scans keep the other half. An image that shows is recorded as any listed image (its
 * previous scan time, for the completion rule); one that does not, and every missing image when
 * the sync call fails or sync is off, stays not found, with what the run did in its reason.
 *
 * <p>The sync is asked again only on evidence: RunImageSynchronize says whether a sync started
 * ({@code error_code} 0), and one that did not (a sync already running, which may have begun
 * before the push) is asked again at the next look; CreateImageSynchronizeTask answers nothing,
 * so it is asked again every {@link #RESEND_INTERVAL} while images are missing. A second sync
 * while one runs starts none. Every call goes through the user's budget, each sync API its own.
 */
final class Synchronization {

    /** How often the sync that answers nothing is asked again while images are missing. */
    static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);

    private final RunContext context;
    private final TargetResolver.Resolution resolution;
    private final SyncPlan plan;
    private final List<TargetState> targets;
    /** The missing targets by key, and where each is in {@link #targets}. */
    private final Map<ImageKey, Integer> missing = new LinkedHashMap<>();
    private final CompletableFuture<TargetResolver.Resolution> result = new CompletableFuture<>();
    private Instant began;
    private Instant waitEnds;
    private Instant lastAsked;
    /** RunImageSynchronize's last answer; null before it and for the sync that answers nothing. */
    private SyncAnswer lastAnswer;
    private CompletableFuture<?> step = CompletableFuture.completedFuture(null);
    private Cancellable timer = () -> { };

    Synchronization(RunContext context, TargetResolver.Resolution resolution) {
        this.context = context;
        this.resolution = resolution;
        this.plan = SyncPlan.of(context.settings());
        this.targets = new ArrayList<>(resolution.targets());
        for (int i = 0; i < targets.size(); i++) {
            if (!targets.get(i).found()) {
                missing.put(targets.get(i).key(), i);
            }
        }
    }

    /** Completes with the resolution once every image it lacked showed, or the sync's wait ended. */
    synchronized CompletableFuture<TargetResolver.Resolution> run() {
        if (missing.isEmpty() || plan.kind() == SyncPlan.Kind.SELECTION) {
            result.complete(resolution);
        } else if (!plan.syncs()) {
            notFound(EngineMessages.format("sync.off"));
        } else {
            began = now();
            Duration left = Duration.between(began, context.deadline());
            Duration half = left.isNegative() ? Duration.ZERO : left.dividedBy(2);
            waitEnds = began.plus(half.compareTo(SyncPlan.MAX_WAIT) < 0 ? half : SyncPlan.MAX_WAIT);
            context.listener().onEvent(new WatchEvent.SyncRequested(plan.imageType().wireName(),
                    plan.kind() == SyncPlan.Kind.ALL_REGISTRIES, references()));
            ask();
        }
        return result;
    }

    /** Withdraws the call or the look still waiting: nothing more is sent. */
    synchronized void cancel() {
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
        Throwable cause = unwrap(error);
        if (cause instanceof CancellationException || result.isDone()) {
            return;
        }
        if (cause != null) {
            String why = String.valueOf(cause.getMessage());
            context.listener().onEvent(new WatchEvent.SyncFailed(references(), why));
            notFound(EngineMessages.format("sync.failed", why));
            return;
        }
        lastAnswer = answer;
        if (answer != null && !answer.started()) {
            context.listener().onEvent(new WatchEvent.SyncNotStarted(answer.describe()));
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
        List<Interest> wanted = missing.keySet().stream()
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
        Throwable cause = unwrap(error);
        if (cause instanceof CancellationException || result.isDone()) {
            return;
        }
        if (cause != null) {
            result.completeExceptionally(cause);
            return;
        }
        ListedRows rows = ListedRows.of(images, plan.imageType().wireName());
        List<String> found = new ArrayList<>();
        for (ImageKey key : List.copyOf(missing.keySet())) {
            if (rows.contradictions().containsKey(key)) {
                result.completeExceptionally(MalformedResponseException.contradiction("GET " + ApiName.SWR_REPOSITORY.label(),
                        rows.contradictions().get(key)));
                return;
            }
            SwrImage row = rows.images().get(key);
            if (row != null) {
                targets.set(missing.remove(key), TargetState.recorded(key, row));
                found.add(key.reference());
            }
        }
        if (!found.isEmpty()) {
            context.listener().onEvent(new WatchEvent.SyncFound(found, Duration.between(began, now())));
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
        context.listener().onEvent(new WatchEvent.SyncGaveUp(references(), Duration.between(began, now()), why));
        notFound(why);
    }

    /** The images still missing stay not found, for {@code why}. */
    private void notFound(String why) {
        missing.forEach((key, index) -> targets.set(index, TargetState.notFound(key, why)));
        missing.clear();
        complete();
    }

    private void complete() {
        result.complete(new TargetResolver.Resolution(List.copyOf(targets), resolution.targetSet(), resolution.listedBy()));
    }

    private List<String> references() {
        return missing.keySet().stream().map(ImageKey::reference).toList();
    }

    private Instant now() {
        return context.poller().clock().instant();
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
