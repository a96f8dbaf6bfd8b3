package io.jenkins.plugins.hss.core.trigger;

import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageRef;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The batch scan of one run, sent as part of the project's shared batch scans
 * ({@link SharedTrigger}): with the runs that trigger the same body within the window, in parts
 * of at most {@link SharedTrigger#MAX_IMAGES} images. It is never sent again blindly (the shared
 * trigger checks a lost answer for all its members), and a build never passes on the trigger's
 * word: only on scans that finished after it.
 */
public final class Trigger {

    private final SharedPoller poller;
    private final TriggerMember member;
    private final BatchScanRequest request;
    private final TriggerCheck selectionCheck;
    private final SharedTrigger.ImagesCheck imagesCheck;
    private final List<SharedTrigger.Part> parts = new ArrayList<>();

    /**
     * @param poller         the poller of the run's project and API, whose batch scans it joins
     * @param selectionCheck how to tell whether a lost answer's call was executed, for a run that selects by filter
     * @param imagesCheck    how to tell it for a batch that names its images, should this run open the batch
     */
    public Trigger(SharedPoller poller, TriggerMember member, BatchScanRequest request, TriggerCheck selectionCheck,
            SharedTrigger.ImagesCheck imagesCheck) {
        this.poller = poller;
        this.member = member;
        this.request = request;
        this.selectionCheck = selectionCheck;
        this.imagesCheck = imagesCheck;
    }

    /**
     * Completes when every part is known to have reached HSS, with the instant the first went out
     * and that instant on the service's clock (null when no response told that clock yet); or
     * with the first failure of a part.
     */
    public synchronized CompletableFuture<SharedTrigger.Sent> send() {
        // What runs must agree on to share a call: the body but its image list.
        BatchScanRequest shape = request.withImages(List.of());
        for (List<ImageRef> chunk : chunks()) {
            parts.add(new SharedTrigger.Part(member, chunk, selectionCheck));
        }
        CompletableFuture<SharedTrigger.Sent> all = new CompletableFuture<>();
        List<SharedTrigger.Sent> sent = new ArrayList<>();
        for (SharedTrigger.Part part : parts) {
            part.sent().whenComplete((each, error) -> {
                if (error != null) {
                    all.completeExceptionally(error);
                    return;
                }
                synchronized (sent) {
                    sent.add(each);
                    if (sent.size() == parts.size()) {
                        all.complete(earliest(sent));
                    }
                }
            });
            poller.trigger(shape, part, takesNoMore -> new SharedTrigger(poller, shape, poller.triggerWindow(),
                    takesNoMore, imagesCheck));
        }
        return all;
    }

    /** The error of a lost answer whose check is still pending; null when there is none. */
    public synchronized String unconfirmed() {
        return parts.stream().map(SharedTrigger.Part::unconfirmed).filter(java.util.Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** Leaves every shared trigger the run joined: nothing more is sent for it. */
    public synchronized void cancel() {
        parts.forEach(SharedTrigger.Part::leave);
    }

    /** The images in parts of at most the API's limit; one part without images for a selection. */
    private List<List<ImageRef>> chunks() {
        if (request.selectsByFilter()) {
            return List.of(List.of());
        }
        List<ImageRef> images = List.copyOf(new LinkedHashSet<>(request.images()));
        List<List<ImageRef>> chunks = new ArrayList<>();
        for (int from = 0; from < images.size(); from += SharedTrigger.MAX_IMAGES) {
            chunks.add(images.subList(from, Math.min(images.size(), from + SharedTrigger.MAX_IMAGES)));
        }
        return chunks;
    }

    /**
     * The first part's instant bounds every scan of the run: a later part's scans end later still.
     * Its bound is the earliest known, or none when one part's is not known. The run's calls are
     * its alone when it made one call that served no other run.
     */
    private static SharedTrigger.Sent earliest(List<SharedTrigger.Sent> sent) {
        Instant at = sent.stream().map(SharedTrigger.Sent::at).min(Instant::compareTo).orElseThrow();
        boolean allKnown = sent.stream().allMatch(each -> each.bound() != null);
        Long bound = allKnown ? sent.stream().mapToLong(SharedTrigger.Sent::bound).min().orElseThrow() : null;
        return new SharedTrigger.Sent(at, bound, sent.size() == 1 && sent.get(0).alone());
    }
}
