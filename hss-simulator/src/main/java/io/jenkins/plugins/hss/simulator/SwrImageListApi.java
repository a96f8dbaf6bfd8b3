package io.jenkins.plugins.hss.simulator;

import java.time.Clock;
import java.util.EnumSet;

/** {@code GET /v5/{project_id}/image/swr-repository}: the images, filtered and paged. */
final class SwrImageListApi implements Api {

    private final ImageCatalog catalog;
    private final Clock clock;
    private final NameMatching matching;

    SwrImageListApi(ImageCatalog catalog, Clock clock, NameMatching matching) {
        this.catalog = catalog;
        this.clock = clock;
        this.matching = matching;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        ImageType type = query.imageType(EnumSet.allOf(ImageType.class));
        int offset = query.offset();
        int limit = query.limit();
        ImageFilter filter = ImageFilter.read(query, type, query.text("enterprise_project_id").orElse(null), matching);
        return SimResponse.json(200, Page.of(catalog.select(filter, clock.instant()), offset, limit, ImageRow::of));
    }
}
