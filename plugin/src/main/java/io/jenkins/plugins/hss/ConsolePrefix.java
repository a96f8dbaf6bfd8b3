package io.jenkins.plugins.hss;

import org.jenkinsci.plugins.workflow.actions.ThreadNameAction;
import org.jenkinsci.plugins.workflow.graph.BlockStartNode;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * What starts each line the plugin prints: {@code [HSS] }, or {@code [HSS branch] } inside a
 * parallel branch, since the lines of scans running side by side interleave in one log.
 */
final class ConsolePrefix {

    static final String PLAIN = "[HSS] ";

    private ConsolePrefix() {}

    /** The prefix for a step at {@code node}: the innermost parallel branch's name, if any. */
    static String of(FlowNode node) {
        for (BlockStartNode block : node.iterateEnclosingBlocks()) {
            ThreadNameAction branch = block.getPersistentAction(ThreadNameAction.class);
            if (branch != null) {
                return "[HSS " + branch.getThreadName() + "] ";
            }
        }
        return PLAIN;
    }
}
