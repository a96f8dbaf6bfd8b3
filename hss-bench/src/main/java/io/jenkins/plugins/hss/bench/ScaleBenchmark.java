package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * One build scanning N images, in every way, on fresh simulators holding exactly those images.
 * Up to {@value #LARGEST_IMAGE_LIST} images the build names them (an image list); above, it scans
 * every private image of the project through {@code operate_all}, as a user with that many images
 * would, and the competent script does the same. The per-image script runs (without HSS's limit)
 * up to {@value #LARGEST_NAIVE_RUN} images and is computed by its rule above.
 */
final class ScaleBenchmark {

    static final int LARGEST_IMAGE_LIST = 1000;
    static final int LARGEST_NAIVE_RUN = 100;

    private ScaleBenchmark() {
    }

    static Measurement measure(int images, List<Long> seeds, LongFunction<ScanRules> rules) {
        List<String> projects = List.of(HssSimulator.DEFAULT_PROJECT_ID);
        boolean operateAll = images > LARGEST_IMAGE_LIST;
        SideBySide.Naive naive = operateAll || images > LARGEST_NAIVE_RUN ? SideBySide.Naive.BY_RULE
                : SideBySide.Naive.MEASURED_WITHOUT_LIMIT;
        List<SideBySide.Run> runs = new ArrayList<>();
        for (long seed : seeds) {
            BenchScenario scenario = BenchScenario.privateImages(images, SimulatedHss.startOfRun(), rules.apply(seed));
            BuildPlan build = operateAll ? BuildPlan.everyPrivateImage(projects.get(0))
                    : BuildPlan.imageList(projects.get(0), scenario.refs());
            runs.add(SideBySide.measure(scenario, List.of(build), projects, seed, naive));
        }
        return new Measurement(images + (operateAll ? " images, operate_all" : " images, image list"), images, naive,
                runs);
    }
}
