package io.jenkins.plugins.hss.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The reading order of a poll's listing: a page is read again only while it holds images still
 * scanning; when the listing shifted under it, the revisits stop and the next poll lists
 * everything still pending (a whole run's listing: {@code watch.PollRevisitsTest}).
 */
class PageRevisitsTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final int PAGE = 10;
    private static final Duration INTERVAL = Duration.ofSeconds(15);

    @Test
    void aPageThatNoLongerHoldsItsPendingImagesStopsTheRevisits() {
        MutableClock clock = new MutableClock(START);
        PageRevisits revisits = new PageRevisits(coverage("a", "b", "c", "d"), clock, INTERVAL);
        revisits.read(0, page(image("a", "scanning"), image("b", "scanning")));
        revisits.read(PAGE, page(image("c", "scanning"), image("d", "scanning")));
        clock.advance(INTERVAL);

        assertThat(revisits.next(2 * PAGE)).as("due again").isZero();
        revisits.read(0, page(image("x", "success"), image("a", "scanning")));

        clock.advance(INTERVAL.multipliedBy(4));
        assertThat(List.of(revisits.next(2 * PAGE), revisits.next(3 * PAGE), revisits.next(4 * PAGE)))
                .as("shifted: unread pages only, though page 1 is due").containsExactly(2 * PAGE, 3 * PAGE, 4 * PAGE);
    }

    @Test
    void aPageIsReadAgainOnlyWhileItHoldsPendingImagesAndAtMostOnceBeforeEachUnreadPage() {
        MutableClock clock = new MutableClock(START);
        PageRevisits revisits = new PageRevisits(coverage("a", "b", "c"), clock, INTERVAL);
        revisits.read(0, page(image("a", "scanning"), image("b", "success")));
        revisits.read(PAGE, page(image("c", "scanning"), image("other", "scanning")));

        assertThat(revisits.next(2 * PAGE)).as("not due before the interval").isEqualTo(2 * PAGE);
        clock.advance(INTERVAL);
        assertThat(List.of(revisits.next(2 * PAGE), revisits.next(2 * PAGE))).containsExactly(0, 2 * PAGE);
        revisits.read(0, page(image("a", "success"), image("b", "success")));
        revisits.read(2 * PAGE, page(image("other2", "scanning")));
        assertThat(revisits.next(3 * PAGE)).isEqualTo(PAGE);
        revisits.read(PAGE, page(image("c", "scanning"), image("other", "scanning")));
        assertThat(revisits.next(3 * PAGE)).isEqualTo(3 * PAGE);
        revisits.read(3 * PAGE, page(image("other3", "scanning")));

        clock.advance(INTERVAL);
        assertThat(revisits.next(4 * PAGE)).as("still pending: twice the wait").isEqualTo(4 * PAGE);
        revisits.read(4 * PAGE, page(image("other4", "scanning")));
        clock.advance(INTERVAL);
        assertThat(revisits.next(5 * PAGE)).as("page 0 finished; page 1 due again").isEqualTo(PAGE);
    }

    /** Interests in {@code names} (team-a/NAME:1.0) that finish on a listing showing {@code success}. */
    private static CoverageQuery coverage(String... names) {
        List<Interest> interests = java.util.Arrays.stream(names).map(name -> new Interest(
                new ImageKey("private_image", "team-a", name, "1.0"), null, null,
                image -> "success".equals(image.scanStatus()))).toList();
        return CoverageQuery.cover(interests).get(0);
    }

    private static ListPage<SwrImage> page(SwrImage... images) {
        return new ListPage<>(100, List.of(images));
    }

    private static SwrImage image(String name, String status) {
        return new SwrImage(1L, "team-a", name, "id-" + name, "sha256:" + name, "1.0", "private_image", true, status,
                null, 10L, 1L, Objects.equals(status, "success") ? 2L : null, 0, 0, 0, null, null, true, null, null,
                null, List.of());
    }
}
