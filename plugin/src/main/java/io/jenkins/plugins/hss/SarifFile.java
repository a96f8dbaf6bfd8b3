package io.jenkins.plugins.hss;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.FilePath;
import hudson.util.FormValidation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The workspace copy of a scan's SARIF report, for the tools that read files of the workspace
 * ({@code recordIssues(tool: sarif(pattern: ...))}, a code-scanning upload). The path is
 * relative to the workspace and stays inside it: a step must not write wherever a job says.
 */
final class SarifFile {

    private final FilePath target;
    private final String path;

    private SarifFile(FilePath target, String path) {
        this.target = target;
        this.path = path;
    }

    /** The problem of a path a job gives, or OK: the form shows it, the build refuses it before any call. */
    static FormValidation check(@CheckForNull String value) {
        String problem = problem(value == null ? "" : value.trim());
        return problem == null ? FormValidation.ok() : FormValidation.error(problem);
    }

    @CheckForNull
    private static String problem(String path) {
        String unified = path.replace('\\', '/');
        boolean absolute = unified.startsWith("/") || unified.matches("^[A-Za-z]:.*");
        return absolute || Arrays.asList(unified.split("/")).contains("..")
                ? Messages.SarifFile_outsideWorkspace(path) : null;
    }

    /**
     * Where to copy the SARIF report of a run that asked for it, or null when it asked for none.
     *
     * @param workspace the build's workspace; null outside {@code node} in Pipeline
     * @throws AbortException when the path leaves the workspace, or there is no workspace to write to
     */
    @CheckForNull
    static SarifFile of(String path, @CheckForNull FilePath workspace) throws AbortException {
        if (path.isEmpty()) {
            return null;
        }
        String problem = problem(path);
        if (problem != null) {
            throw new AbortException("reportSarif: " + problem);
        }
        if (workspace == null) {
            throw new AbortException(Messages.SarifFile_noWorkspace(path));
        }
        return new SarifFile(workspace.child(path), path);
    }

    /** The path the job gave, for the console. */
    String path() {
        return path;
    }

    /** Copies the report the build keeps into the workspace. */
    void copyFrom(Path kept) throws IOException, InterruptedException {
        FilePath parent = target.getParent();
        if (parent != null) {
            parent.mkdirs();
        }
        try (InputStream in = Files.newInputStream(kept)) {
            target.copyFrom(in);
        }
    }
}
