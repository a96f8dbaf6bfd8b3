package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.model.SwrImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WatchStateTest {

    private static final ImageKey KEY = new ImageKey("private_image", "team-a", "app", "1.0");

    @Test
    void survivesJavaSerialization() throws Exception {
        TargetState target = TargetState.recorded(KEY, image("success", 1_000L)).observe(image("scanning", 1_000L));
        WatchState state = new WatchState(Instant.parse("2026-01-01T00:00:00Z"), true,
                List.of(target, TargetState.notFound(new ImageKey("private_image", "team-a", "gone", "1"))));

        WatchState copy = roundTrip(state);

        assertThat(copy.triggeredAt()).isEqualTo(state.triggeredAt());
        assertThat(copy.graceReported()).isTrue();
        assertThat(copy.targets()).hasSize(2);
        assertThat(copy.targets().get(0).started()).isTrue();
        assertThat(copy.targets().get(0).recordedScanTime()).isEqualTo(1_000L);
        assertThat(copy.targets().get(1).found()).isFalse();
    }

    @Test
    void thePreviousScansResultIsNotFinished() {
        TargetState target = TargetState.recorded(KEY, image("success", 1_000L));

        assertThat(target.observe(image("success", 1_000L)).finished()).isFalse();
        assertThat(target.observe(image("success", 2_000L)).finished()).isTrue();
    }

    @Test
    void aNeverScannedImageFinishesWithAnyTerminalScan() {
        TargetState target = TargetState.recorded(KEY, image("unscan", null));

        assertThat(target.observe(image("failed", 5L)).finished()).isTrue();
    }

    static SwrImage image(String status, Long scanTime) {
        return new SwrImage(1L, "team-a", "app", "img-1", "sha256:1", "1.0", "private_image", true, status, null,
                10L, 1L, scanTime, 0, 0, 0, null, null, true, null, null, null, List.of());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
