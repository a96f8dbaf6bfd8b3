package io.jenkins.plugins.hss.bench;

import io.jenkins.plugins.hss.simulator.ImageRef;
import java.util.List;
import java.util.Set;

/**
 * What one build scans, in which project, and from which process: builds of one process share
 * its poller per project (a Jenkins controller); builds of different processes share nothing but
 * the credential, and so HSS's limit (CLI processes).
 *
 * @param images the image list; empty for every private image of the project ({@code operate_all})
 */
record BuildPlan(int process, String projectId, List<ImageRef> images) {

    BuildPlan {
        images = List.copyOf(images);
    }

    static BuildPlan imageList(String projectId, List<ImageRef> images) {
        return new BuildPlan(0, projectId, images);
    }

    static BuildPlan everyPrivateImage(String projectId) {
        return new BuildPlan(0, projectId, List.of());
    }

    boolean operateAll() {
        return images.isEmpty();
    }

    /** The images whose scans decide the build; null for all of the project's. */
    Set<ImageRef> targets() {
        return operateAll() ? null : Set.copyOf(images);
    }

    BuildPlan inProcess(int value) {
        return new BuildPlan(value, projectId, images);
    }
}
