package io.jenkins.plugins.hss.simulator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The world the simulator serves: the images of the account and the rules their scans follow.
 * Immutable; build one by hand ({@link #builder()}), generate one ({@link #generated(int, long)})
 * or read one from JSON ({@link #fromJson(Path)}, format in docs/simulator.md).
 */
public final class Scenario {

    private final ScanRules rules;
    private final List<ScenarioImage> images;
    private final SyncRules sync;
    private final List<Registry> registries;

    private Scenario(ScanRules rules, List<ScenarioImage> images) {
        this(rules, images, SyncRules.DEFAULT, List.of());
    }

    private Scenario(ScanRules rules, List<ScenarioImage> images, SyncRules sync, List<Registry> registries) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.images = List.copyOf(images);
        this.sync = Objects.requireNonNull(sync, "sync");
        this.registries = List.copyOf(registries);
        requireUniqueImages(this.images);
        Registries.requireConsistent(this.registries, this.images);
    }

    public static Scenario empty() {
        return new Scenario(ScanRules.DEFAULT, List.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * {@code count} images spread over several namespaces, names and tags, with findings of every
     * urgency, some previously scanned, some failing and some oversized; the same seed always
     * gives the same scenario. Update and previous scan times lie before {@code anchor}.
     */
    public static Scenario generated(int count, long seed, Instant anchor) {
        return new Scenario(ScanRules.DEFAULT, new ScenarioGenerator(seed, anchor).images(count));
    }

    /** {@link #generated(int, long, Instant)} anchored at {@link ScenarioImage#DEFAULT_UPDATED_AT}. */
    public static Scenario generated(int count, long seed) {
        return generated(count, seed, ScenarioImage.DEFAULT_UPDATED_AT);
    }

    public static Scenario fromJson(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return fromJson(in);
        }
    }

    public static Scenario fromJson(InputStream json) throws IOException {
        ScenarioJson parsed = ScenarioJson.read(json);
        return new Scenario(parsed.rules(), parsed.images(), parsed.sync(), parsed.registries());
    }

    public ScanRules rules() {
        return rules;
    }

    public List<ScenarioImage> images() {
        return images;
    }

    /** How and when HSS refreshes its copy of the registries. */
    public SyncRules sync() {
        return sync;
    }

    /** The Harbor, JFrog and other registries HSS is connected to (the SWR ones are implicit). */
    public List<Registry> registries() {
        return registries;
    }

    public Scenario withRules(ScanRules value) {
        return new Scenario(value, images, sync, registries);
    }

    public Scenario withSync(SyncRules value) {
        return new Scenario(rules, images, value, registries);
    }

    private static void requireUniqueImages(List<ScenarioImage> images) {
        Set<String> seen = new HashSet<>();
        for (ScenarioImage image : images) {
            if (!seen.add(image.identity())) {
                throw new IllegalArgumentException("image " + image.ref() + " (" + image.type().wireName()
                        + ") appears twice in the scenario");
            }
        }
    }

    /** Adds images one by one, in the order the list call will return them. */
    public static final class Builder {
        private ScanRules rules = ScanRules.DEFAULT;
        private final List<ScenarioImage> images = new ArrayList<>();
        private SyncRules sync = SyncRules.DEFAULT;
        private final List<Registry> registries = new ArrayList<>();

        private Builder() {
        }

        public Builder sync(SyncRules value) {
            this.sync = Objects.requireNonNull(value, "sync");
            return this;
        }

        /** HSS's own refresh of its registry copies; null turns it off. */
        public Builder refreshPeriod(Duration value) {
            return sync(sync.withRefreshPeriod(value));
        }

        /** How long one sync takes before the images it found are listed. */
        public Builder syncDuration(Duration value) {
            return sync(sync.withDuration(value));
        }

        /** A Harbor, JFrog or other registry HSS is connected to. */
        public Builder registry(Registry value) {
            registries.add(Objects.requireNonNull(value, "registry"));
            return this;
        }

        public Builder rules(ScanRules value) {
            this.rules = Objects.requireNonNull(value, "rules");
            return this;
        }

        /** How long a triggered image keeps showing its previous result. */
        public Builder startDelay(Duration value) {
            return rules(rules.withStartDelay(value));
        }

        public Builder waitingDuration(Duration value) {
            return rules(rules.withWaitingDuration(value));
        }

        public Builder scanDuration(Duration value) {
            return rules(rules.withScanDuration(value));
        }

        /** Images larger than this many bytes end {@code image_oversized}. */
        public Builder sizeLimit(long bytes) {
            return rules(rules.withSizeLimit(bytes));
        }

        public Builder nameMatching(NameMatching value) {
            return rules(rules.withNameMatching(value));
        }

        /** Scan times drawn per image and scan, instead of one scanDuration for all; null for none. */
        public Builder scanTimes(ScanTimes value) {
            return rules(rules.withScanTimes(value));
        }

        /** How many scans run at once; the others wait in {@code waiting_for_scan}. 0: no limit. */
        public Builder concurrentScans(int value) {
            return rules(rules.withConcurrentScans(value));
        }

        /** A plain private image that scans clean. */
        public Builder image(String ref) {
            return image(ref, image -> { });
        }

        public Builder image(String ref, Consumer<ScenarioImage.Builder> details) {
            ScenarioImage.Builder image = ScenarioImage.builder(ref);
            details.accept(image);
            return image(image.build());
        }

        public Builder image(ScenarioImage image) {
            images.add(Objects.requireNonNull(image, "image"));
            return this;
        }

        public Scenario build() {
            return new Scenario(rules, images, sync, registries);
        }
    }
}
