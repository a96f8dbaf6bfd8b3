package io.jenkins.plugins.hss.bench;

import java.util.List;

/**
 * One row of the benchmark, a layout of builds waited for in every way, on several draws of the
 * scan times.
 *
 * @param label  what the layout is, e.g. {@code 1000 images, image list} or {@code 200 builds x 5}
 * @param images how many images all its builds scan together
 * @param naive  how the per-image script was accounted for
 */
record Measurement(String label, int images, SideBySide.Naive naive, List<SideBySide.Run> runs) {
}
