package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What one poll listed for a {@link PollSubscriber#selections() selection}.
 *
 * @param images    every image listed
 * @param sent      when the first page was sent
 * @param unchanged whether nothing entered or left the listing while it was read (see
 *                  {@link PagedCall.Listing#unchanged()}): then it held every image that was in
 *                  the selection when its first page was sent
 */
public record SelectionListing(List<SwrImage> images, Sent sent, boolean unchanged) {

    /** How long after the scan time it carries a result may take to show in a listing. */
    static final Duration SETTLING = Duration.ofSeconds(30);

    /**
     * When a listing's first page went out.
     *
     * @param ours    on our clock
     * @param service on the service's, as far as it is known ({@link ServiceClock}); null before any response told it
     */
    public record Sent(Instant ours, Instant service) {

        /**
         * The scan time (epoch ms, service's clock) before which every result had shown when the
         * listing went out: its instant on the service's clock less {@link #SETTLING};
         * while that clock is not known, our own less {@code skew} too.
         */
        public long settledBefore(Duration skew) {
            Instant settled = service == null ? ours.minus(skew) : service.minus(SETTLING);
            return settled.toEpochMilli();
        }
    }

    public SelectionListing {
        images = List.copyOf(images);
    }
}
