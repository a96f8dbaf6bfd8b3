package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.RunRequests;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.gate.Gate;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.UnlistedImages;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ChosenRegistry;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.PagedCall;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.core.sync.SyncMember;
import io.jenkins.plugins.hss.core.task.TaskOwner;
import io.jenkins.plugins.hss.core.trigger.Trigger;
import io.jenkins.plugins.hss.core.trigger.TriggerCheck;
import io.jenkins.plugins.hss.core.trigger.TriggerMember;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What every part of one run works with.
 *
 * @param request  the batch scan {@code settings} describe, validated once when the run started:
 *                 the parts of the run take it from here instead of validating again
 * @param deadline when the run ends whatever it is doing: its start (or, for a state saved by an
 *                 older version, its trigger) plus the wait's timeout
 */
record RunContext(ScanSettings settings, BatchScanRequest request, SharedPoller poller, WatchListener listener,
                  RunRequests requests, Instant deadline) implements TriggerMember, TaskOwner, SyncMember {

    /** This run on another poller of the same budget: that of the API it uses. */
    RunContext withPoller(SharedPoller other) {
        return new RunContext(settings, request, other, listener, requests, deadline);
    }

    /** This run for the images of the registry its settings' {@code registry} resolved to. */
    RunContext withRegistry(ChosenRegistry registry) {
        return new RunContext(settings, request.withRegistry(registry), poller, listener, requests, deadline);
    }

    /** This run with a later deadline. */
    RunContext withDeadline(Instant later) {
        return new RunContext(settings, request, poller, listener, requests, later);
    }

    /**
     * The batch scan of {@code request} for this run, shared with the runs of its poller that send
     * the same body within the window.
     *
     * @param selectionCheck how to tell whether a lost answer's call was executed, for a run that selects by filter
     */
    Trigger trigger(BatchScanRequest request, TriggerCheck selectionCheck) {
        return new Trigger(poller, this, request, selectionCheck,
                (body, firstSent, served, deadline) -> ListingCheck.of(poller, body, firstSent, served, deadline));
    }

    @Override
    public void unconfirmed(String error, Duration checkIn) {
        listener.onEvent(new WatchEvent.TriggerUnconfirmed(poller.port().triggerName(), error, checkIn));
    }

    @Override
    public void confirmed(int started) {
        listener.onEvent(new WatchEvent.TriggerConfirmed(poller.port().triggerName(), started));
    }

    @Override
    public void resent(int send, int limit) {
        listener.onEvent(new WatchEvent.TriggerResent(poller.port().triggerName(), send, limit));
    }

    @Override
    public void syncRequested(String imageType, boolean allRegistries, List<String> references) {
        listener.onEvent(new WatchEvent.SyncRequested(imageType, allRegistries, references));
    }

    @Override
    public void syncNotStarted(String answer) {
        listener.onEvent(new WatchEvent.SyncNotStarted(answer));
    }

    @Override
    public void syncFound(List<String> references, Duration after) {
        listener.onEvent(new WatchEvent.SyncFound(references, after));
    }

    @Override
    public void syncGaveUp(List<String> references, Duration waited, String why) {
        listener.onEvent(new WatchEvent.SyncGaveUp(references, waited, why));
    }

    @Override
    public void syncFailed(List<String> references, String error) {
        listener.onEvent(new WatchEvent.SyncFailed(references, error));
    }

    @Override
    public String enterpriseProjectId() {
        return settings.enterpriseProjectId();
    }

    /** The terms of the run's reads: sent again after a transient failure, until the deadline. */
    @Override
    public CallPolicy read() {
        return CallPolicy.read(deadline);
    }

    /** {@code call}, each attempt of which counts as one request of this run to {@code api}. */
    @Override
    public <T> ApiCall<T> counted(ApiName api, ApiCall<T> call) {
        return () -> {
            requests.add(api, 1);
            return call.call();
        };
    }

    /** {@code pages}, each attempt of which counts as one request of this run to {@code api}. */
    <T> PagedCall.Source<T> counted(ApiName api, PagedCall.Source<T> pages) {
        return (offset, limit) -> {
            requests.add(api, 1);
            return pages.fetch(offset, limit);
        };
    }

    /** Every image {@code query} lists, for this run, through the list budget. */
    @Override
    public CompletableFuture<List<SwrImage>> list(SwrImageQuery query) {
        return poller.listAll(poller.listApi(), read(), counted(poller.listApi(), poller.pages(query)))
                .thenApply(PagedCall.Listing::items);
    }

    /** How many images {@code query} selects, for this run: one call of the smallest page. */
    CompletableFuture<Integer> count(SwrImageQuery query) {
        return poller.call(poller.listApi(), counted(poller.listApi(), poller.count(query)), read());
    }

    /**
     * The gate's verdict on the targets of {@code state} now, as the run's report; the targets its
     * {@link TargetSet} holds but no poll named are judged as a number.
     *
     * @param state  the targets known now, when the run triggered and how it counted its targets
     * @param waited whether the run waited for the scans (false: it only triggered them)
     */
    ScanReport report(WaitSnapshot state, boolean waited) {
        return report(state, waited, ResultAmendment.NONE);
    }

    /** {@link #report(WaitSnapshot, boolean)}, each image's result as {@code amended} makes it (its CVEs, its task's failure). */
    ScanReport report(WaitSnapshot state, boolean waited, ResultAmendment amended) {
        List<TargetState> targets = state.targets();
        int unnamed = state.targetSet().unseen(found(targets));
        UnlistedImages unlisted = UnlistedImages.of(unnamed,
                waited ? WaitEnd.TIMED_OUT : WaitEnd.NOT_WAITED);
        var verdict = new Gate(settings.gate()).evaluate(targets.stream().map(t -> amended.apply(t, t.result(waited)))
                .toList(), unlisted);
        return new ScanReport(verdict, state.triggeredAt(), poller.clock().instant(), requests.byLabel(),
                requests.sharesByLabel(), poller.port().api().wireName()).withSettings(settings.fields());
    }

    private static int found(Collection<TargetState> targets) {
        return (int) targets.stream().filter(TargetState::found).count();
    }
}
