package io.jenkins.plugins.hss.simulator;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Scan times that vary as real ones do: an image of S bytes scans in
 * {@code (base + S / 1 GiB × perGib) × e^(sigma × Z)}, Z standard normal, drawn for each image and
 * each of its scans from {@code seed}. The same seed gives the same times whatever the order of
 * the triggers, so a scenario replays exactly; another seed gives another draw of the same
 * distribution.
 *
 * <p>Log-normal, because a scan's time is a product of independent factors (layers, files,
 * packages to match, how busy the scanning cluster is), and such products are log-normal: most
 * scans take about the median, a few take many times it, none takes less than nothing. With
 * {@link #realistic(long)} and the generator's sizes (5 MiB to 1.5 GiB) the median scan takes
 * about 2 minutes, one in twenty more than 10, one in a hundred more than 20, and the slowest of
 * 100,000 a few hours.
 *
 * @param base   the part every scan pays: the manifest, the hand-over to a scanner, storing the result
 * @param perGib the part that grows with the image: download, unpacking, analysis
 * @param sigma  the spread: the standard deviation of the time's logarithm
 * @param seed   which draw
 */
public record ScanTimes(Duration base, Duration perGib, double sigma, long seed) {

    private static final double GIB = 1024.0 * 1024 * 1024;
    /** No scan ends sooner: the service takes this long to hand an image to a scanner and back. */
    private static final long SHORTEST_MILLIS = 1000;

    public ScanTimes {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(perGib, "perGib");
        if (base.isNegative() || perGib.isNegative()) {
            throw new IllegalArgumentException("scan times cannot be negative");
        }
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be a finite number of at least 0: " + sigma);
        }
    }

    /**
     * 30 s plus 2 minutes per GiB (about 8.5 MiB/s of download, unpacking and analysis), sigma 1:
     * a median image of the generator (0.7 GiB) scans in about 2 minutes.
     */
    public static ScanTimes realistic(long seed) {
        return new ScanTimes(Duration.ofSeconds(30), Duration.ofMinutes(2), 1.0, seed);
    }

    public ScanTimes withSeed(long value) {
        return new ScanTimes(base, perGib, sigma, value);
    }

    /**
     * How long scan number {@code run} (from 0) of an image takes.
     *
     * @param identity what tells the image from every other of the account (type and reference)
     * @param bytes    what the scan reads of it
     */
    Duration of(String identity, long bytes, int run) {
        double median = base.toMillis() + bytes / GIB * perGib.toMillis();
        double z = new SplittableRandom(mix(identity, run)).nextGaussian();
        return Duration.ofMillis(Math.max(SHORTEST_MILLIS, Math.round(median * Math.exp(sigma * z))));
    }

    /** One stream per (seed, image, run), independent of every other and of the order they are asked. */
    private long mix(String identity, int run) {
        long h = seed * 0x9E3779B97F4A7C15L;
        h ^= identity.hashCode() * 0xC2B2AE3D27D4EB4FL;
        h ^= (run + 1L) * 0x165667B19E3779F9L;
        return h;
    }
}
