package io.jenkins.plugins.hss.core.trigger;

import java.util.concurrent.CompletableFuture;

/**
 * Whether a batch scan whose answer was lost was executed: how many of its targets show that a
 * scan started. Zero proves nothing either way: HSS shows the previous result for a while after a
 * trigger. A batch that names its images lists them once (the run's {@code ListingCheck}); a
 * run that selects by filter has its own ({@code SelectionCheck}).
 */
@FunctionalInterface
public interface TriggerCheck {

    /** How many targets show that their scan started. */
    CompletableFuture<Integer> started();
}
