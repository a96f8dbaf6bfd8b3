package io.jenkins.plugins.hss.bench;

/**
 * What the client process measured of one scan run; CPU in nanoseconds, memory in bytes.
 *
 * @param outcome the gate's outcome, to show the run really reached a verdict
 * @param counts  what the simulator received until the first run's verdict
 * @param use     the first run, in a fresh JVM: class loading and the JIT's warm-up included
 * @param warmUse the same run again in the same JVM, as a controller that already ran builds pays it
 */
record ClientFigures(int images, String outcome, RequestCounts counts, ResourceMeter.Use use,
                     ResourceMeter.Use warmUse) {
}
