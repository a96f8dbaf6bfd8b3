package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.client.HssException;
import io.jenkins.plugins.hss.core.client.RegistryQuery;
import java.util.concurrent.CompletableFuture;

/**
 * Whether the service offers the newer image API, for {@code api auto}: one ListRegistry call
 * per user and endpoint, on that API's own budget, whose answer is kept with the budget. A 200
 * says offered; a gateway that knows no such API ({@link HssApiException#isNotOffered()}, 404
 * {@code APIG.0101}) says not. Any other failure decides nothing: the call queue retries it as
 * any read, and when it still fails the run fails with it rather than fall back, since a 403 may
 * be a permission the user should see is missing; the next run asks again.
 */
final class NewerApiOffer {

    /** The smallest page ListRegistry serves: the answer's rows are not needed, only that it answers. */
    private static final int SMALLEST_PAGE = 10;

    private final BudgetedHss hss;
    private CompletableFuture<Boolean> answer;

    NewerApiOffer(BudgetedHss hss) {
        this.hss = hss;
    }

    /**
     * The kept answer, or the call that gets it (shared by every run that asks meanwhile), as a
     * copy that the caller may cancel.
     *
     * @param counted told of each attempt made for the run that asked first
     */
    synchronized CompletableFuture<Boolean> ask(String projectId, CallPolicy policy, Runnable counted) {
        // Each asker gets its own copy: a run that is cancelled while it waits cancels its copy, not the answer.
        if (answer != null) {
            return answer.copy();
        }
        CompletableFuture<Boolean> asking = hss.call(ApiName.REGISTRIES, () -> {
            counted.run();
            return offered(projectId);
        }, policy);
        answer = asking;
        asking.whenComplete((offered, error) -> {
            if (error != null) {
                forget(asking);
            }
        });
        return asking.copy();
    }

    private synchronized void forget(CompletableFuture<Boolean> failed) {
        if (answer == failed) {
            answer = null;
        }
    }

    private boolean offered(String projectId) throws HssException {
        try {
            hss.api().listRegistries(projectId, RegistryQuery.ALL, 0, SMALLEST_PAGE);
            return true;
        } catch (HssApiException e) {
            if (e.isNotOffered()) {
                return false;
            }
            throw e;
        }
    }
}
