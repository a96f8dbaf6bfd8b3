package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Instant;
import java.util.List;

/**
 * What one poll listed for a {@link PollSubscriber#selections() selection}.
 *
 * @param images    every image listed
 * @param sentAt    when the first page was sent
 * @param unchanged whether nothing entered or left the listing while it was read (see
 *                  {@link PagedCall.Listing#unchanged()}): then it held every image that was in
 *                  the selection when its first page was sent
 */
record SelectionListing(List<SwrImage> images, Instant sentAt, boolean unchanged) {

    SelectionListing {
        images = List.copyOf(images);
    }
}
