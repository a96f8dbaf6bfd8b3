package io.jenkins.plugins.hss.simulator;

import java.util.ArrayList;
import java.util.List;

/**
 * One image of a multi-arch image's {@code association_images}: the old list's
 * {@code AssociateImages} (names, type, digest, status; SDK 3.1.130/3.1.212), and with
 * {@code newer} the registry list's {@code AssociateImagesInfo}, which adds its record id, image id
 * and finding counts (SDK 3.1.212). Each architecture's image shares the parent's scan (HSS
 * scans a manifest list as one image: a guess) and so its status and counts.
 */
record AssociatedImageRow(
        Long id,
        String imageId,
        String imageName,
        String imageVersion,
        String imageType,
        String namespace,
        String imageDigest,
        String scanStatus,
        Integer vulNum,
        Integer unsafeSettingNum,
        Integer maliciousFileNum) {

    /** Record ids of associated images lie above any image's own, per parent and architecture. */
    private static final long ID_BASE = 1_000_000_000L;

    /** Null (no field on the wire) for a single-arch image. */
    static List<AssociatedImageRow> of(ImageCatalog.Match match, boolean newer) {
        ImageRecord record = match.record();
        ScenarioImage image = record.image();
        List<String> architectures = image.details().architectures();
        if (architectures.isEmpty()) {
            return null;
        }
        List<AssociatedImageRow> rows = new ArrayList<>(architectures.size());
        Findings findings = match.view().findings();
        for (int k = 0; k < architectures.size(); k++) {
            String arch = architectures.get(k);
            rows.add(new AssociatedImageRow(
                    newer ? ID_BASE + record.id() * 64 + k : null,
                    newer ? Sha256.hex("image-id " + image.identity() + " " + arch) : null,
                    image.ref().name(), image.ref().tag(), image.type().wireName(), image.ref().namespace(),
                    "sha256:" + Sha256.hex("digest " + image.identity() + " " + arch),
                    match.view().status().wireName(),
                    newer ? findings.vulnerabilities().size() : null,
                    newer ? findings.unsafeSettings() : null,
                    newer ? findings.maliciousFiles() : null));
        }
        return rows;
    }
}
