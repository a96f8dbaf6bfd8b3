package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.client.GeneralVulnerabilityQuery;
import io.jenkins.plugins.hss.core.gate.CveExposure;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.model.FindingMetric;
import io.jenkins.plugins.hss.core.model.FindingThreshold;
import io.jenkins.plugins.hss.core.model.GatePolicy;
import io.jenkins.plugins.hss.core.model.GeneralImageVulnerability;
import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.VulnerabilityType;
import io.jenkins.plugins.hss.core.poll.PagedCall;
import io.jenkins.plugins.hss.core.time.Futures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The CVEs and CVSS scores of a run's images, for its CVSS and denied-CVE thresholds: HSS gives
 * them only across images (ListGeneralImageVuls, one row per {@code vul_id}), so one listing
 * serves every image of the run, read once every image's scan is over and its vulnerability ids
 * are known: it then holds the vulnerabilities those scans found. The call requires a type and a
 * handle status: it lists each type, of the unhandled vulnerabilities (and of the handled ones
 * too when the gate counts them), all pages through the budget of its own API, and not filtered by
 * {@code cve_id} even when only denied CVEs are asked: only the whole list proves that an image's
 * vulnerability has none of them. A listing that fails after the queue's retries, or is not over
 * by the deadline, leaves every image with vulnerabilities unknown: such an image breaches the
 * thresholds.
 */
final class CveListing {

    private final RunContext context;
    private final boolean needed;
    private final boolean countsHandled;
    /** The lowest CVSS limit, null without a CVSS threshold. */
    private final Double lowestLimit;
    private final Set<String> denied;
    private final List<CompletableFuture<?>> inFlight = new ArrayList<>();
    private boolean started;
    private CveIndex index;
    private String failure;

    CveListing(RunContext context, GatePolicy policy) {
        this.context = context;
        this.needed = policy.thresholds().stream().anyMatch(t -> t.metric().readsCves());
        this.countsHandled = policy.countsHandled();
        this.lowestLimit = policy.thresholds().stream().filter(t -> t.metric() == FindingMetric.CVSS)
                .map(FindingThreshold::maxCvss).min(Double::compare).orElse(null);
        this.denied = policy.thresholds().stream().map(FindingThreshold::cveId).filter(Objects::nonNull)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether nothing is left to read: no CVE threshold, or the listing is over. */
    synchronized boolean complete() {
        return !needed || index != null || failure != null;
    }

    /**
     * Lists the CVEs once, if any finished target has vulnerabilities to join; {@code done} runs
     * when the listing is over (not when cancelled).
     */
    void start(Collection<TargetState> targets, Runnable done) {
        List<CompletableFuture<PagedCall.Listing<GeneralImageVulnerability>>> listings = new ArrayList<>();
        int joined;
        synchronized (this) {
            if (!needed || started) {
                return;
            }
            started = true;
            joined = (int) targets.stream().filter(t -> t.finished() && t.vulIds().filter(ids -> !ids.isEmpty()).isPresent())
                    .count();
            if (joined == 0) {
                index = CveIndex.of(List.of());
                return;
            }
            for (VulnerabilityType type : VulnerabilityType.values()) {
                listings.add(list(type, false));
                if (countsHandled) {
                    listings.add(list(type, true));
                }
            }
            inFlight.addAll(listings);
        }
        context.listener().onEvent(new WatchEvent.ReadingCves(joined));
        CompletableFuture.allOf(listings.toArray(CompletableFuture[]::new)).whenComplete((ignored, error) -> {
            Throwable cause = Futures.cause(error);
            if (cause instanceof CancellationException) {
                return;
            }
            if (cause != null) {
                context.listener().onEvent(new WatchEvent.CvesNotRead(String.valueOf(cause.getMessage())));
            }
            synchronized (this) {
                if (cause != null) {
                    failure = EngineMessages.format("cves.failed", String.valueOf(cause.getMessage()));
                } else {
                    index = CveIndex.of(listings.stream().flatMap(listing -> listing.join().items().stream()).toList());
                }
                inFlight.clear();
            }
            done.run();
        });
    }

    private CompletableFuture<PagedCall.Listing<GeneralImageVulnerability>> list(VulnerabilityType type, boolean handled) {
        GeneralVulnerabilityQuery query = new GeneralVulnerabilityQuery(type, handled, GlobalImageType.REGISTRY, null, null,
                null, null, null, context.settings().enterpriseProjectId());
        ApiName api = ApiName.GENERAL_IMAGE_VULNERABILITIES;
        return context.poller().<GeneralImageVulnerability>listAll(api, context.read(), context.counted(api,
                        (offset, limit) -> context.poller().api().listGeneralImageVulnerabilities(
                                context.poller().projectId(), query, offset, limit)));
    }

    /** {@code result} of {@code target} with its CVEs, when a threshold asks for them. */
    synchronized ImageResult judged(TargetState target, ImageResult result) {
        if (!needed || result.state() != WaitEnd.FINISHED) {
            return result;
        }
        return result.withFindings(result.findings().withCves(exposure(target, result)));
    }

    private CveExposure exposure(TargetState target, ImageResult result) {
        List<String> ids = target.vulIds().orElse(null);
        if (ids == null) {
            String why = result.findings().necessityUnknown();
            return CveExposure.unknown(EngineMessages.format("cves.no_ids", why == null ? "" : " (" + why + ")"));
        }
        if (ids.isEmpty()) {
            return new CveExposure(null, Map.of(), List.of(), null);
        }
        if (index != null) {
            return index.exposure(ids, lowestLimit, denied);
        }
        return CveExposure.unknown(failure != null ? failure : EngineMessages.format("cves.not_read"));
    }

    /** Withdraws every page still queued: nothing more is sent. */
    void cancel() {
        List<CompletableFuture<?>> pending;
        synchronized (this) {
            pending = new ArrayList<>(inFlight);
            inFlight.clear();
        }
        pending.forEach(listing -> listing.cancel(false));
    }
}
