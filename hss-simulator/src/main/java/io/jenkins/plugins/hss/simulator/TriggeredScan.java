package io.jenkins.plugins.hss.simulator;

import java.time.Instant;

/**
 * One scan the simulator started, as it was planned when triggered: what a client can only learn
 * by listing, known here in advance.
 *
 * @param scanningFrom when it leaves the queue ({@code waiting_for_scan}) and starts scanning
 * @param completedAt  when its result shows, and its {@code latest_scan_time}
 */
public record TriggeredScan(ImageRef image, Instant triggeredAt, Instant scanningFrom, Instant completedAt) {
}
