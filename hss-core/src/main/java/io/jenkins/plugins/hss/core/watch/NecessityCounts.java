package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.client.MalformedResponseException;
import io.jenkins.plugins.hss.core.client.Paging;
import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.HandleStatus;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ThresholdScope;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.time.Futures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Vulnerability counts per repair necessity, and of the unhandled vulnerabilities, which no HSS
 * image row gives ({@code vul_num} counts all, handled ones included): fetched only when a
 * threshold needs them, only for finished images that may have vulnerabilities (a
 * {@code vul_num} HSS did not report may be any number), all pages through the vulnerability
 * budget, counted here. When the gate counts unhandled vulnerabilities only (its default), the
 * list asks for those ({@code handle_status=unhandled}), and a threshold on all vulnerabilities
 * alone needs it only where {@code vul_num}, which bounds the unhandled count, does not already
 * prove the pass. A fetch that fails after the queue's retries is tried again at the next poll,
 * until the deadline; a list whose size disagrees with {@code vul_num} (or, of unhandled ones,
 * exceeds it), or one malformed, makes the image's answer a contradiction. It keeps the targets
 * still waiting for their counts as they change ({@link #changed}), so a poll costs what it
 * changed, not a walk over every target.
 */
final class NecessityCounts {

    /** How the ids kept for a CVE threshold name a row without a {@code vul_id}: no general row has it, so it is never safe. */
    static final String NO_VUL_ID = "(no vul_id)";

    private final RunContext context;
    private final boolean byLevel;
    private final boolean unhandledOnly;
    /** Whether a threshold on all vulnerabilities counts the unhandled ones: the list, unless vul_num proves the pass. */
    private final boolean unhandledTotal;
    /** Whether such a threshold sums over images, so that no image's vul_num alone proves anything. */
    private final boolean summed;
    /** The smallest maximum of the per-image thresholds on all vulnerabilities. */
    private final long smallestMax;
    /** Whether a CVSS or denied-CVE threshold joins each image's vul_ids to ListGeneralImageVuls: the list of every image. */
    private final boolean keepsIds;
    private final boolean needed;
    private final Map<ImageKey, CompletableFuture<?>> inFlight = new HashMap<>();
    /** The finished targets whose counts are still to learn. */
    private final Map<ImageKey, TargetState> awaiting = new LinkedHashMap<>();
    private final Map<ImageKey, String> lastError = new HashMap<>();

    NecessityCounts(RunContext context, GatePolicy policy) {
        this.context = context;
        this.byLevel = policy.thresholds().stream().map(FindingThreshold::metric).anyMatch(m -> m.necessity().isPresent());
        this.unhandledOnly = !policy.countsHandled();
        List<FindingThreshold> totals = policy.thresholds().stream()
                .filter(t -> t.metric() == FindingMetric.VULNERABILITIES).toList();
        this.unhandledTotal = unhandledOnly && !totals.isEmpty();
        this.summed = totals.stream().anyMatch(t -> t.scope() == ThresholdScope.TOTAL);
        this.smallestMax = totals.stream().mapToLong(FindingThreshold::max).min().orElse(Long.MAX_VALUE);
        this.keepsIds = policy.thresholds().stream().anyMatch(t -> t.metric().readsCves());
        this.needed = byLevel || unhandledTotal || keepsIds;
    }

    /** Whether the list of {@code target}'s vulnerabilities could change the verdict. */
    private boolean listNeeded(TargetState target) {
        if (!needed || !target.finished() || target.malformed()) {
            return false;
        }
        Optional<Integer> reported = target.vulnerabilities();
        return byLevel || keepsIds || reported.isEmpty() || summed || reported.get() > smallestMax;
    }

    /** A target's state is now {@code target}: whether it waits for counts changes with it. */
    synchronized void changed(TargetState target) {
        if (listNeeded(target) && (!target.hasNecessityCounts() || keepsIds && target.vulIds().isEmpty())) {
            awaiting.put(target.key(), target);
        } else {
            awaiting.remove(target.key());
        }
    }

    /**
     * Starts the fetches the finished targets still need; {@code counted} receives each result
     * later. Returns the targets whose counts are known at once (no vulnerabilities at all).
     */
    synchronized List<TargetState> fetchMissing(Consumer<TargetState> counted) {
        List<TargetState> known = new ArrayList<>();
        for (TargetState target : List.copyOf(awaiting.values())) {
            if (inFlight.containsKey(target.key())) {
                continue;
            }
            if (target.vulnerabilities().filter(count -> count == 0).isPresent()) {
                known.add(target.withVulnerabilities(Map.of(), keepsIds ? List.of() : null));
            } else {
                fetch(target, counted);
            }
        }
        return known;
    }

    private void fetch(TargetState target, Consumer<TargetState> counted) {
        ImageKey key = target.key();
        VulnerabilityQuery query = VulnerabilityQuery.builder(target.imageId(), ImageType.fromWire(key.imageType()).orElseThrow(),
                        key.namespace(), key.imageName(), key.imageVersion())
                .instanceId(key.instanceId())
                .handleStatus(unhandledOnly ? HandleStatus.UNHANDLED : null)
                .enterpriseProjectId(context.settings().enterpriseProjectId())
                .build();
        var listing = context.poller().<Vulnerability>listAll(ApiName.IMAGE_VULNERABILITIES, context.read(),
                context.counted(ApiName.IMAGE_VULNERABILITIES, (offset, limit) ->
                        context.poller().api().listImageVulnerabilities(context.poller().projectId(), query, offset, limit)));
        inFlight.put(key, listing);
        listing.whenComplete((found, error) -> {
            Throwable cause = Futures.cause(error);
            if (cause == null && accountsForAll(target, found.items())) {
                done(key);
                counted.accept(counts(target, found.items(), null));
            } else if (cause == null) {
                countHandled(target, query, found.items(), counted);
            } else {
                done(key);
                failed(target, cause, counted);
            }
        });
    }

    /** Whether {@code listed} needs no count of the handled vulnerabilities to be checked against {@code vul_num}. */
    private boolean accountsForAll(TargetState target, List<Vulnerability> listed) {
        Optional<Integer> reported = target.vulnerabilities();
        return !unhandledOnly || reported.isEmpty() || listed.size() >= reported.get();
    }

    /**
     * The unhandled vulnerabilities are fewer than {@code vul_num}: the others must be the handled
     * ones. One call of the smallest page counts them, so that a list that lost its rows is never
     * read as "all handled".
     */
    private synchronized void countHandled(TargetState target, VulnerabilityQuery unhandled, List<Vulnerability> listed,
                                           Consumer<TargetState> counted) {
        ImageKey key = target.key();
        if (!inFlight.containsKey(key)) {
            return; // cancelled meanwhile
        }
        VulnerabilityQuery handled = unhandled.toBuilder().handleStatus(HandleStatus.HANDLED).build();
        CompletableFuture<Integer> counting = context.poller().call(ApiName.IMAGE_VULNERABILITIES,
                context.counted(ApiName.IMAGE_VULNERABILITIES, () -> context.poller().api().listImageVulnerabilities(
                        context.poller().projectId(), handled, 0, Paging.MIN_LIMIT).totalNum()), context.read());
        inFlight.put(key, counting);
        counting.whenComplete((count, error) -> {
            done(key);
            Throwable cause = Futures.cause(error);
            if (cause == null) {
                counted.accept(counts(target, listed, count));
            } else {
                failed(target, cause, counted);
            }
        });
    }

    private synchronized void done(ImageKey key) {
        inFlight.remove(key);
    }

    /** A malformed answer contradicts the image's; a failure is retried at the next poll; a cancel ends it. */
    private void failed(TargetState target, Throwable cause, Consumer<TargetState> counted) {
        if (cause instanceof MalformedResponseException malformed && !malformed.isTruncated()) {
            counted.accept(target.contradicted(malformed.getMessage()));
        } else if (!(cause instanceof CancellationException)) {
            failed(target, cause);
        }
    }

    private void failed(TargetState target, Throwable cause) {
        String message = String.valueOf(cause.getMessage());
        synchronized (this) {
            lastError.put(target.key(), message);
        }
        context.listener().onEvent(new WatchEvent.CountsNotFetched(target.key().reference(), message));
    }

    /**
     * The target with its counts, or contradicted when the list does not hold {@code vul_num}
     * vulnerabilities: all of them, or the unhandled ones and {@code handled} more.
     *
     * @param handled how many HSS counts handled, null when not asked (the list holds them all, or as many as vul_num)
     */
    private TargetState counts(TargetState target, List<Vulnerability> vulnerabilities, Integer handled) {
        Optional<Integer> reported = target.vulnerabilities();
        if (unhandledOnly && reported.isPresent() && vulnerabilities.size() > reported.get()) {
            return target.contradicted(EngineMessages.format("counts.more_unhandled", reported.get(),
                    vulnerabilities.size()));
        }
        if (handled != null && vulnerabilities.size() + handled != reported.orElseThrow()) {
            return target.contradicted(EngineMessages.format("counts.handled_disagree", reported.orElseThrow(),
                    vulnerabilities.size(), handled));
        }
        if (!unhandledOnly && reported.isPresent() && reported.get() != vulnerabilities.size()) {
            return target.contradicted(EngineMessages.format("counts.disagree", reported.get(), vulnerabilities.size()));
        }
        Map<String, Integer> counts = new HashMap<>();
        vulnerabilities.forEach(v -> counts.merge(v.repairNecessity() == null ? "none" : v.repairNecessity(), 1, Integer::sum));
        return target.withVulnerabilities(counts,
                keepsIds ? vulnerabilities.stream().map(v -> Objects.requireNonNullElse(v.vulId(), NO_VUL_ID)).distinct().toList() : null);
    }

    /** Whether every finished target has the counts it needs. */
    synchronized boolean complete() {
        return awaiting.isEmpty();
    }

    /** The targets whose counts the wait could not learn before it ended, with why. */
    synchronized List<TargetState> unknownAtTheEnd() {
        List<TargetState> unknown = new ArrayList<>();
        for (TargetState target : awaiting.values()) {
            String error = lastError.get(target.key());
            unknown.add(target.withNecessityUnknown(error == null ? EngineMessages.format("counts.not_fetched")
                    : EngineMessages.format("counts.not_fetched_error", error)));
        }
        return unknown;
    }

    /** Withdraws every fetch still queued: nothing more is sent. */
    void cancel() {
        List<CompletableFuture<?>> pending;
        synchronized (this) {
            // A copy: cancelling completes each fetch at once, and its completion removes it from the map.
            pending = new ArrayList<>(inFlight.values());
            inFlight.clear();
        }
        pending.forEach(fetch -> fetch.cancel(false));
    }
}
