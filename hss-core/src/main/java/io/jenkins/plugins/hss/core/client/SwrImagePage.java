package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Instant;
import java.util.List;

/**
 * One page of the SWR image list: {@code total_num} and this page's {@code data_list}.
 *
 * @param serverDate the response's {@code Date}: the service's clock when it answered, to whole
 *                   seconds; null when the response had none
 */
public record SwrImagePage(int totalNum, List<SwrImage> images, Instant serverDate) {

    public SwrImagePage {
        images = List.copyOf(images);
    }

    public SwrImagePage(int totalNum, List<SwrImage> images) {
        this(totalNum, images, null);
    }
}
