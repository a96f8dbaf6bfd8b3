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

class WaitSnapshotTest {

    private static final ImageKey KEY = new ImageKey("private_image", "team-a", "app", "1.0");

    @Test
    void survivesJavaSerialization() throws Exception {
        TargetState target = TargetState.recorded(KEY, image("success", 1_000L)).observe(image("scanning", 1_000L));
        WaitSnapshot state = new WaitSnapshot(Instant.parse("2026-01-01T00:00:00Z"), true,
                List.of(target, TargetState.notFound(new ImageKey("private_image", "team-a", "gone", "1"))));

        WaitSnapshot copy = roundTrip(state);

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
        WaitSnapshot state = new WaitSnapshot(Instant.parse("2026-01-01T00:00:00Z"), false,
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
     * A {@code WaitSnapshot} as 86fdca0 serialized it (one target, finished with {@code vul_num} 3,
     * triggered 2026-01-01T00:00:00Z), before states carried their deadline; only its class name is
     * today's ({@code WaitSnapshot} then: the plugin is unreleased, so no state of that name needs to read).
     */
    private static final String SAVED_BEFORE_DEADLINES =
            "rO0ABXNyAC5pby5qZW5raW5zLnBsdWdpbnMuaHNzLmNvcmUud2F0Y2guV2FpdFNuYXBzaG90AAAAAAAAAAECAARaAA1ncmFjZVJl" +
            "cG9ydGVkTAAJc2VsZWN0aW9udAA0TGlvL2plbmtpbnMvcGx1Z2lucy9oc3MvY29yZS93YXRjaC9Db3VudGVkU2VsZWN0aW9uO0wA" +
            "B3RhcmdldHN0ABVMamF2YS91dGlsL0FycmF5TGlzdDtMAAt0cmlnZ2VyZWRBdHQAE0xqYXZhL3RpbWUvSW5zdGFudDt4cAFwc3IA" +
            "E2phdmEudXRpbC5BcnJheUxpc3R4gdIdmcdhnQMAAUkABHNpemV4cAAAAAF3BAAAAAFzcgAtaW8uamVua2lucy5wbHVnaW5zLmhz" +
            "cy5jb3JlLndhdGNoLlRhcmdldFN0YXRlAAAAAAAAAAECAAtaAAVmb3VuZFoAB3N0YXJ0ZWRMAAtieU5lY2Vzc2l0eXQAE0xqYXZh" +
            "L3V0aWwvSGFzaE1hcDtMAAdpbWFnZUlkdAASTGphdmEvbGFuZy9TdHJpbmc7TAAJaW1hZ2VOYW1lcQB+AAlMAAlpbWFnZVR5cGVx" +
            "AH4ACUwADGltYWdlVmVyc2lvbnEAfgAJTAAJbmFtZXNwYWNlcQB+AAlMABByZWNvcmRlZFNjYW5UaW1ldAAQTGphdmEvbGFuZy9M" +
            "b25nO0wADnJlY29yZGVkU3RhdHVzcQB+AAlMAARzZWVudAA7TGlvL2plbmtpbnMvcGx1Z2lucy9oc3MvY29yZS93YXRjaC9UYXJn" +
            "ZXRTdGF0ZSRPYnNlcnZhdGlvbjt4cAEBcHQABWltZy0xdAADYXBwdAANcHJpdmF0ZV9pbWFnZXQAAzEuMHQABnRlYW0tYXNyAA5q" +
            "YXZhLmxhbmcuTG9uZzuL5JDMjyPfAgABSgAFdmFsdWV4cgAQamF2YS5sYW5nLk51bWJlcoaslR0LlOCLAgAAeHAAAAAAAAAD6HQA" +
            "B3N1Y2Nlc3NzcgA5aW8uamVua2lucy5wbHVnaW5zLmhzcy5jb3JlLndhdGNoLlRhcmdldFN0YXRlJE9ic2VydmF0aW9uAAAAAAAA" +
            "AAECAAZJAA5tYWxpY2lvdXNGaWxlc0kADnVuc2FmZVNldHRpbmdzSQAPdnVsbmVyYWJpbGl0aWVzTAAKZmFpbGVkRGVzY3EAfgAJ" +
            "TAAIc2NhblRpbWVxAH4ACkwABnN0YXR1c3EAfgAJeHAAAAAAAAAAAAAAAANwc3EAfgASAAAAAAAAB9BxAH4AFXhzcgANamF2YS50" +
            "aW1lLlNlcpVdhLobIkiyDAAAeHB3DQIAAAAAaVW5AAAAAAB4";

    @Test
    void aStateSavedBeforeStatesCarriedTheirDeadlineKeepsTriggerPlusTimeout() throws Exception {
        WaitSnapshot old;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(
                java.util.Base64.getDecoder().decode(SAVED_BEFORE_DEADLINES)))) {
            old = (WaitSnapshot) in.readObject();
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
        WaitSnapshot state = new WaitSnapshot(Instant.parse("2026-01-01T00:05:00Z"), false, List.of(), NamedTargets.INSTANCE, deadline);

        assertThat(roundTrip(state).deadline(WaitOptions.defaults())).isEqualTo(deadline);
    }

    /** A counted selection's state keeps its count: a resumed wait still expects the images no poll named. */
    @Test
    void aCountedStateKeepsWhatItCountedAcrossARestart() throws Exception {
        Instant triggered = Instant.parse("2026-01-01T00:05:00Z");
        WaitSnapshot state = new WaitSnapshot(triggered, false, List.of(TargetState.recorded(KEY, image("success", 1_000L))),
                new CountedTargets(new CountedSelection(5, 1_000L, 2_000L)), null);

        WaitSnapshot copy = roundTrip(state);

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
