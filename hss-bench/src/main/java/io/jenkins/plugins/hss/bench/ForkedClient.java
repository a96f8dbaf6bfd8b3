package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Starts {@link ClientProcess} in a JVM of its own with {@value #CLIENT_HEAP} of heap against a
 * simulator of this process, and reads back what it measured. Finishing at all proves the run
 * fits in that heap.
 */
final class ForkedClient {

    static final String CLIENT_HEAP = "256m";

    private ForkedClient() {
    }

    /** @param operateAll scan through {@code operate_all} instead of an image list */
    static ClientFigures run(SimulatedHss hss, int images, boolean operateAll) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx" + CLIENT_HEAP, "-cp", System.getProperty("java.class.path"),
                ClientProcess.class.getName(), hss.baseUrl(), hss.projectId(), String.valueOf(hss.clock().millis()),
                String.valueOf(images), operateAll ? "all" : "list");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        int exit = process.waitFor();
        if (exit != 0 || output.isEmpty()) {
            throw new IllegalStateException("the client process failed (exit " + exit + "): " + output);
        }
        String lastLine = output.substring(output.lastIndexOf('\n') + 1);
        return new ObjectMapper().readValue(lastLine, ClientFigures.class);
    }
}
