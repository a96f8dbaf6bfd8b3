package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reading order of one poll's listing that reads a page again, before the next unread one,
 * when it held images still scanning and a poll interval has passed since. A listing of many
 * pages takes longer than the scans (500 pages at 5 a minute take 99 minutes): its first pages
 * are read while their images still scan, and without revisits only a whole second listing would
 * see them finish. A short listing ends before any page is due again, so it reads as before.
 *
 * <p>Revisiting by offset assumes the service lists in a stable order. That is only an
 * optimisation, verified page by page: a page read again must still hold the images it held, by
 * key and image id; when it does not, the listing shifted and this poll revisits nothing more (the
 * next poll lists everything still pending). Every image read, on whichever page, is a true
 * observation, so a shift can cost time but never a wrong verdict.
 *
 * <p>At most one revisit comes before each unread page, so the listing goes on at least at half
 * speed however many pages wait; a page still pending when read again waits twice as long before
 * the next revisit, as the polls back off.
 */
final class PageRevisits implements PagedCall.Order<SwrImage> {

    /** A page to read again, the images still pending on it (key to image id), and when. */
    private record Revisit(int offset, Map<ImageKey, String> pending, Instant due, Duration backOff) {
    }

    private final String imageType;
    private final Map<ImageKey, Interest> interests;
    private final Clock clock;
    private final Duration interval;
    private final PriorityQueue<Revisit> revisits = new PriorityQueue<>(
            Comparator.comparing(Revisit::due).thenComparing(Revisit::offset));
    private final Map<Integer, Revisit> inFlight = new HashMap<>();
    private boolean revisitedLast;
    private boolean shifted;

    PageRevisits(CoverageQuery query, Clock clock, Duration interval) {
        this.imageType = query.imageType();
        this.interests = query.interests().stream().collect(Collectors.toMap(Interest::key, Function.identity(),
                (first, second) -> first));
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public int next(int unread) {
        Revisit due = revisits.peek();
        if (revisitedLast || shifted || due == null || due.due().isAfter(clock.instant())) {
            revisitedLast = false;
            return unread;
        }
        revisits.remove();
        inFlight.put(due.offset(), due);
        revisitedLast = true;
        return due.offset();
    }

    @Override
    public void read(int offset, ListPage<SwrImage> page) {
        Revisit before = inFlight.remove(offset);
        if (shifted) {
            return;
        }
        if (before != null && !holdsStill(before.pending(), page.rows())) {
            shifted = true;
            revisits.clear();
            return;
        }
        Map<ImageKey, String> pending = pending(page.rows());
        if (!pending.isEmpty()) {
            Duration backOff = before == null ? interval : before.backOff().multipliedBy(2);
            revisits.add(new Revisit(offset, pending, clock.instant().plus(backOff), backOff));
        }
    }

    /** The images on the page whose scan the waits still wait for, by key and image id. */
    private Map<ImageKey, String> pending(List<SwrImage> images) {
        Map<ImageKey, String> pending = new HashMap<>();
        for (SwrImage image : images) {
            ImageKey key = ImageKey.of(image, imageType);
            Interest interest = interests.get(key);
            if (interest != null && !interest.finishedBy().test(image)) {
                pending.put(key, image.imageId());
            }
        }
        return pending;
    }

    private boolean holdsStill(Map<ImageKey, String> expected, List<SwrImage> images) {
        Map<ImageKey, String> listed = new HashMap<>();
        images.forEach(image -> listed.put(ImageKey.of(image, imageType), image.imageId()));
        return expected.entrySet().stream().allMatch(each ->
                listed.containsKey(each.getKey()) && Objects.equals(listed.get(each.getKey()), each.getValue()));
    }
}
