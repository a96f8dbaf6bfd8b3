package io.jenkins.plugins.hss.bench;

/**
 * What the client process measured of one scan run; times in milliseconds of simulated time,
 * CPU in nanoseconds, memory in bytes.
 *
 * @param outcome the gate's outcome, to show the run really reached a verdict
 */
record ClientFigures(int images, String outcome, int polls, long verdictDelayMillis, long pollIntervalMillis,
                     long elapsedMillis, ResourceMeter.Use use) {
}
