package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.VulnerabilityQuery;
import io.jenkins.plugins.hss.core.gate.FindingThreshold;
import io.jenkins.plugins.hss.core.gate.GatePolicy;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.RepairNecessity;
import io.jenkins.plugins.hss.core.model.Vulnerability;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Vulnerability counts per repair necessity, which no HSS call returns per image: fetched only
 * when a threshold needs them, only for finished images with vulnerabilities, all pages through
 * the vulnerability budget, counted here. A failed fetch is tried again at the next poll.
 */
final class NecessityCounts {

    private final RunContext context;
    private final boolean needed;
    private final Map<ImageKey, CompletableFuture<?>> inFlight = new HashMap<>();

    NecessityCounts(RunContext context, GatePolicy policy) {
        this.context = context;
        this.needed = policy.thresholds().stream().map(FindingThreshold::metric).anyMatch(m -> m.necessity().isPresent());
    }

    /**
     * Starts the fetches the finished targets still need; {@code counted} receives each result
     * later. Returns the targets whose counts are known at once (no vulnerabilities at all).
     */
    synchronized List<TargetState> fetchMissing(Collection<TargetState> targets, Consumer<TargetState> counted) {
        List<TargetState> known = new ArrayList<>();
        if (!needed) {
            return known;
        }
        for (TargetState target : targets) {
            if (!target.finished() || target.hasNecessityCounts() || inFlight.containsKey(target.key())) {
                continue;
            }
            if (target.vulnerabilities() == 0) {
                known.add(target.withNecessityCounts(Map.of()));
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
                .enterpriseProjectId(context.settings().enterpriseProjectId())
                .build();
        var listing = context.poller().<Vulnerability>listAll(Api.IMAGE_VULNERABILITIES, (offset, limit) -> {
            var page = context.poller().api().listImageVulnerabilities(context.poller().projectId(), query, offset, limit);
            return new PagedCall.Page<>(page.totalNum(), page.vulnerabilities());
        });
        inFlight.put(key, listing);
        listing.whenComplete((found, error) -> {
            synchronized (this) {
                inFlight.remove(key);
            }
            if (error == null) {
                context.requests().add(Api.IMAGE_VULNERABILITIES, found.requests());
                counted.accept(target.withNecessityCounts(count(found.items())));
            }
        });
    }

    private static Map<RepairNecessity, Integer> count(List<Vulnerability> vulnerabilities) {
        Map<RepairNecessity, Integer> counts = new EnumMap<>(RepairNecessity.class);
        vulnerabilities.forEach(v -> v.necessity().ifPresent(level -> counts.merge(level, 1, Integer::sum)));
        return counts;
    }

    /** Whether every finished target has the counts it needs. */
    boolean complete(Collection<TargetState> targets) {
        return !needed || targets.stream().filter(TargetState::finished).allMatch(TargetState::hasNecessityCounts);
    }

    synchronized void cancel() {
        inFlight.values().forEach(f -> f.cancel(false));
        inFlight.clear();
    }
}
