package io.jenkins.plugins.hss.core.client;

import io.jenkins.plugins.hss.core.model.SwrImage;
import java.util.List;

/** One page of the SWR image list: {@code total_num} and this page's {@code data_list}. */
public record SwrImagePage(int totalNum, List<SwrImage> images) {

    public SwrImagePage {
        images = List.copyOf(images);
    }
}
