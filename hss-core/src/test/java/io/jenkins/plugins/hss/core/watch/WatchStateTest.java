package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.JdkImmutables;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.model.WaitOptions;
import io.jenkins.plugins.hss.core.poll.ImageKey;
import io.jenkins.plugins.hss.core.selection.CountedSelection;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    /**
     * A Jenkins controller persists the state (see JdkImmutables for why no JDK immutable
     * collection may be in it): states of every kind, counted by necessity and counted selections.
     */
    @Test
    void holdsNoJdkImmutableCollection() throws Exception {
        TargetState scanned = TargetState.recorded(KEY, image("success", 1_000L)).observe(image("scanning", 1_000L))
                .observe(image("success", 2_000L)).withNecessityCounts(Map.of("immediate_repair", 1));
        WatchState state = new WatchState(Instant.parse("2026-01-01T00:00:00Z"), false,
                List.of(scanned, TargetState.triggered(new ImageKey("private_image", "team-a", "new", "1"), 3_000L),
                        TargetState.notFound(new ImageKey("private_image", "team-a", "gone", "1"))),
                new CountedTargets(new CountedSelection(5, 1_000L, 2_000L)), Instant.parse("2026-01-01T01:00:00Z"));

        assertThat(JdkImmutables.in(state)).isEmpty();
        assertThat(JdkImmutables.in(roundTrip(state))).isEmpty();
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

    /**
     * A {@code WatchState} as 86fdca0 serialized it (one target, finished with {@code vul_num} 3,
     * triggered 2026-01-01T00:00:00Z), before states carried their deadline.
     */
    private static final String SAVED_BEFORE_DEADLINES =
            "rO0ABXNyACxpby5qZW5raW5zLnBsdWdpbnMuaHNzLmNvcmUud2F0Y2guV2F0Y2hTdGF0ZQAAAAAAAAABAgAEWgANZ3JhY2VSZXBv" +
            "cnRlZEwACXNlbGVjdGlvbnQANExpby9qZW5raW5zL3BsdWdpbnMvaHNzL2NvcmUvd2F0Y2gvQ291bnRlZFNlbGVjdGlvbjtMAAd0" +
            "YXJnZXRzdAAVTGphdmEvdXRpbC9BcnJheUxpc3Q7TAALdHJpZ2dlcmVkQXR0ABNMamF2YS90aW1lL0luc3RhbnQ7eHABcHNyABNq" +
            "YXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAABdwQAAAABc3IALWlvLmplbmtpbnMucGx1Z2lucy5oc3Mu" +
            "Y29yZS53YXRjaC5UYXJnZXRTdGF0ZQAAAAAAAAABAgALWgAFZm91bmRaAAdzdGFydGVkTAALYnlOZWNlc3NpdHl0ABNMamF2YS91" +
            "dGlsL0hhc2hNYXA7TAAHaW1hZ2VJZHQAEkxqYXZhL2xhbmcvU3RyaW5nO0wACWltYWdlTmFtZXEAfgAJTAAJaW1hZ2VUeXBlcQB+" +
            "AAlMAAxpbWFnZVZlcnNpb25xAH4ACUwACW5hbWVzcGFjZXEAfgAJTAAQcmVjb3JkZWRTY2FuVGltZXQAEExqYXZhL2xhbmcvTG9u" +
            "ZztMAA5yZWNvcmRlZFN0YXR1c3EAfgAJTAAEc2VlbnQAO0xpby9qZW5raW5zL3BsdWdpbnMvaHNzL2NvcmUvd2F0Y2gvVGFyZ2V0" +
            "U3RhdGUkT2JzZXJ2YXRpb247eHABAXB0AAVpbWctMXQAA2FwcHQADXByaXZhdGVfaW1hZ2V0AAMxLjB0AAZ0ZWFtLWFzcgAOamF2" +
            "YS5sYW5nLkxvbmc7i+SQzI8j3wIAAUoABXZhbHVleHIAEGphdmEubGFuZy5OdW1iZXKGrJUdC5TgiwIAAHhwAAAAAAAAA+h0AAdz" +
            "dWNjZXNzc3IAOWlvLmplbmtpbnMucGx1Z2lucy5oc3MuY29yZS53YXRjaC5UYXJnZXRTdGF0ZSRPYnNlcnZhdGlvbgAAAAAAAAAB" +
            "AgAGSQAObWFsaWNpb3VzRmlsZXNJAA51bnNhZmVTZXR0aW5nc0kAD3Z1bG5lcmFiaWxpdGllc0wACmZhaWxlZERlc2NxAH4ACUwA" +
            "CHNjYW5UaW1lcQB+AApMAAZzdGF0dXNxAH4ACXhwAAAAAAAAAAAAAAADcHNxAH4AEgAAAAAAAAfQcQB+ABV4c3IADWphdmEudGlt" +
            "ZS5TZXKVXYS6GyJIsgwAAHhwdw0CAAAAAGlVuQAAAAAAeA==";

    @Test
    void aStateSavedBeforeStatesCarriedTheirDeadlineKeepsTriggerPlusTimeout() throws Exception {
        WatchState old;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(SAVED_BEFORE_DEADLINES)))) {
            old = (WatchState) in.readObject();
        }

        WaitOptions options = WaitOptions.builder().timeout(java.time.Duration.ofMinutes(30)).build();
        assertThat(old.deadline(options)).isEqualTo(Instant.parse("2026-01-01T00:30:00Z"));
        assertThat(old.targets()).singleElement().satisfies(target -> {
            assertThat(target.finished()).isTrue();
            assertThat(target.vulnerabilities()).contains(3);
            assertThat(target.malformed()).isFalse();
        });
    }

    @Test
    void aStateCarriesTheDeadlineOfItsRunAcrossARestart() throws Exception {
        Instant deadline = Instant.parse("2026-01-01T00:20:00Z");
        WatchState state = new WatchState(Instant.parse("2026-01-01T00:05:00Z"), false, List.of(), NamedTargets.INSTANCE, deadline);

        assertThat(roundTrip(state).deadline(WaitOptions.defaults())).isEqualTo(deadline);
    }

    /** A counted selection's state keeps its count: a resumed wait still expects the images no poll named. */
    @Test
    void aCountedStateKeepsWhatItCountedAcrossARestart() throws Exception {
        Instant triggered = Instant.parse("2026-01-01T00:05:00Z");
        WatchState state = new WatchState(triggered, false, List.of(TargetState.recorded(KEY, image("success", 1_000L))),
                new CountedTargets(new CountedSelection(5, 1_000L, 2_000L)), null);

        WatchState copy = roundTrip(state);

        assertThat(copy.targetSet().unseen(copy.targets().size())).isEqualTo(4);
        assertThat(copy.deadline(WaitOptions.defaults())).isEqualTo(triggered.plus(WaitOptions.defaults().timeoutFor(5)));
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
