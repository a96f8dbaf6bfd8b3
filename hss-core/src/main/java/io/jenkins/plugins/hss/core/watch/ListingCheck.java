package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.RunRequests;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.poll.CoverageQuery;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.poll.Interest;
import io.jenkins.plugins.hss.core.poll.ListedRows;
import io.jenkins.plugins.hss.core.poll.PagedCall;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.trigger.TriggerCheck;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The {@link TriggerCheck} of a batch scan that names its images: one listing of them, judged by
 * the run's own rule of a started scan ({@link TargetState}).
 */
final class ListingCheck {

    private ListingCheck() {
    }

    /**
     * One listing of the images {@code body} names, through the list budget, each call counting
     * for every run in {@code served}: an image waiting or scanning, or with a scan time at or
     * after {@code firstSent} on the service's clock, shows its scan started.
     *
     * @param deadline no call of the check starts after it
     */
    static TriggerCheck of(SharedPoller poller, BatchScanRequest body, Instant firstSent, List<RunRequests> served,
                                Instant deadline) {
        return () -> {
            Set<ImageKey> keys = body.images().stream().map(ref -> ImageKey.of(ref, body))
                    .collect(Collectors.toSet());
            List<Interest> interests = keys.stream().map(key -> Interest.once(key, body.enterpriseProjectId())).toList();
            CompletableFuture<Integer> started = CompletableFuture.completedFuture(0);
            for (CoverageQuery query : CoverageQuery.cover(interests)) {
                PagedCall.Source<SwrImage> pages = poller.pages(query.query());
                started = started.thenCompose(before -> poller.listAll(poller.listApi(), CallPolicy.read(deadline),
                        (offset, limit) -> {
                            served.forEach(requests -> requests.addShared(poller.listApi(), 1, served.size()));
                            return pages.fetch(offset, limit);
                        }).thenApply(listing -> before + startedSince(poller, listing.items(), keys, body.imageType().wireName(), firstSent)));
            }
            return started;
        };
    }

    /** The images among {@code keys} that {@code listed} shows past the trigger's instant, as the responses told that clock. */
    private static int startedSince(SharedPoller poller, List<SwrImage> listed, Set<ImageKey> keys, String imageType,
                                    Instant firstSent) {
        Long bound = poller.serviceClock().now().isPresent()
                ? poller.serviceClock().toService(firstSent).toEpochMilli() : null;
        int started = 0;
        for (var row : ListedRows.of(listed, imageType).images().entrySet()) {
            if (keys.contains(row.getKey())
                    && TargetState.triggered(row.getKey(), bound).observe(row.getValue()).started()) {
                started++;
            }
        }
        return started;
    }
}
