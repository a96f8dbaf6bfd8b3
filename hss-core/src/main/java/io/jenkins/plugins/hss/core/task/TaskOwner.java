package io.jenkins.plugins.hss.core.task;

import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.poll.SharedPoller;

/**
 * A run as the lookups of the scan task it started see it: whose budget they call through, in
 * which enterprise project, and where their requests are counted.
 */
public interface TaskOwner {

    /** The poller of the run's API and its user's budget. */
    SharedPoller poller();

    /** The enterprise project the run's task is in; null for the default one. */
    String enterpriseProjectId();

    /** {@code call}, each attempt of which counts as one request of the run to {@code api}. */
    <T> ApiCall<T> counted(ApiName api, ApiCall<T> call);

    /** The terms of the run's reads: sent again after a transient failure, until its deadline. */
    CallPolicy read();
}
