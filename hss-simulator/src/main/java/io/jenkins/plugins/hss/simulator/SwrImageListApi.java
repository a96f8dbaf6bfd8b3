package io.jenkins.plugins.hss.simulator;

import java.time.Clock;

/** {@code GET /v5/{project_id}/image/swr-repository}: the images, filtered and paged. */
final class SwrImageListApi implements Api {

    private final ImageCatalog catalog;
    private final Clock clock;
    private final NameMatching matching;
    private final NeverScannedTime neverScanned;

    /** Lengths of hss-api-detail.md §3 (the API page): namespace 1-256, image_name 1-128, image_version 1-64. */
    private static final FieldLimits LIMITS = FieldLimits.ENTERPRISE_PROJECT.and(FieldLimits.of(
            "namespace", 256, "image_name", 128, "image_version", 64));

    SwrImageListApi(ImageCatalog catalog, Clock clock, NameMatching matching, NeverScannedTime neverScanned) {
        this.catalog = catalog;
        this.clock = clock;
        this.matching = matching;
        this.neverScanned = neverScanned;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        QueryParameters query = request.query();
        ImageType type = query.imageType(ImageType.SWR_TYPES);
        LIMITS.check(query);
        int offset = query.offset();
        int limit = query.limit();
        ImageFilter filter = ImageFilter.read(query, type, query.text("enterprise_project_id").orElse(null), matching);
        return SimResponse.json(200, Page.of(catalog.select(filter, clock.instant()), offset, limit,
                match -> ImageRow.of(match, neverScanned)));
    }
}
