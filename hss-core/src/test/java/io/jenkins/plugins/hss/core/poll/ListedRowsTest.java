package io.jenkins.plugins.hss.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.SwrImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two rows of one image in one listing: the later moment wins, a contradiction never does, and order never decides. */
class ListedRowsTest {

    private static final ImageKey KEY = new ImageKey("private_image", "team-a", "app", "1.0");

    private static SwrImage row(String status, Long scanTime, int vulnerabilities) {
        return new SwrImage(1L, "team-a", "app", "img-1", "sha256:1", "1.0", "private_image", true, status, null,
                10L, 1L, scanTime, vulnerabilities, 0, 0, null, null, true, null, null, null, List.of());
    }

    private static ListedRows listed(SwrImage... rows) {
        return ListedRows.of(List.of(rows), "private_image");
    }

    @Test
    void theSameRowTwiceIsOneImage() {
        ListedRows rows = listed(row("success", 5L, 1), row("success", 5L, 1));

        assertThat(rows.images()).containsOnlyKeys(KEY);
        assertThat(rows.contradictions()).isEmpty();
    }

    /** Whichever order the two rows come in, {@code later} is the one kept. */
    private static void assertKeptInEitherOrder(SwrImage earlier, SwrImage later) {
        assertThat(listed(earlier, later).images()).containsEntry(KEY, later);
        assertThat(listed(later, earlier).images()).containsEntry(KEY, later);
    }

    @Test
    void aLaterScanTimeWinsInEitherOrder() {
        assertKeptInEitherOrder(row("success", 5L, 1), row("failed", 9L, 0));
    }

    @Test
    void atTheSameScanTimeTheRowStillScanningIsTheLaterMoment() {
        assertKeptInEitherOrder(row("success", 5L, 1), row("scanning", 5L, 1));
    }

    @Test
    void twoEndingsOfOneScanContradictEachOtherInEitherOrder() {
        SwrImage failed = row("failed", 5L, 0);
        SwrImage success = row("success", 5L, 0);

        for (ListedRows rows : List.of(listed(failed, success), listed(success, failed))) {
            assertThat(rows.images()).isEmpty();
            assertThat(rows.contradictions()).containsOnlyKeys(KEY);
            assertThat(rows.contradictions().get(KEY)).contains("team-a/app:1.0", "scan_status failed", "scan_status success");
        }
    }

    @Test
    void rowsThatDifferOnlyInWhatNoGateReadsAgree() {
        SwrImage one = row("success", 5L, 2);
        SwrImage other = new SwrImage(1L, "team-a", "app", "img-1", "sha256:other", "1.0", "private_image", false, "success",
                null, 11L, 2L, 5L, 2, 0, 0, null, null, true, null, null, null, List.of());

        assertThat(listed(one, other).contradictions()).isEmpty();
        assertThat(listed(one, other).images()).containsOnlyKeys(KEY);
    }
}
