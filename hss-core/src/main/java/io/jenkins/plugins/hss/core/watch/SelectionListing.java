package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.SwrImage;
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
record SelectionListing(List<SwrImage> images, Sent sent, boolean unchanged) {

    /**
     * When a listing's first page went out.
     *
     * @param ours    on our clock
     * @param service on the service's, as far as it is known ({@link ServiceClock}); null before any response told it
     */
    record Sent(Instant ours, Instant service) {
    }

    SelectionListing {
        images = List.copyOf(images);
    }
}
