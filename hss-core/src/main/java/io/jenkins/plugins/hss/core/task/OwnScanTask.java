package io.jenkins.plugins.hss.core.task;

import io.jenkins.plugins.hss.core.EngineMessages;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.client.ImageTaskQuery;
import io.jenkins.plugins.hss.core.client.ListPage;
import io.jenkins.plugins.hss.core.model.GlobalImageType;
import io.jenkins.plugins.hss.core.model.ImageScanTask;
import io.jenkins.plugins.hss.core.model.TaskType;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The scan task a run of {@code image-scan-tasks} started, found by one ListImageScanTask call
 * through the user's budget. CreateManualImageScanTask answers with no task id, so the task is
 * found by time: the manual registry scan tasks that began within {@link #BEGUN_BEFORE} before
 * and {@link #BEGUN_AFTER} after the trigger went out, on the service's clock. Exactly one: it is
 * the run's. None, or more than one (another run of the user triggered in the same moments): the
 * run cannot prove which is its own, and says so. Stopping the task ({@link ScanTaskStop}) and
 * reading its {@code failed_images} for the report share this rule.
 *
 * @param task the run's task; null when none is provably its own
 * @param why  why none is; null when {@code task} is the run's
 */
record OwnScanTask(ImageScanTask task, String why) {

    /** How early a task may show as begun: the service's clock is known to the second, less the skew of its Date. */
    static final Duration BEGUN_BEFORE = Duration.ofSeconds(5);
    /** How late: the trigger call may take up to its call timeout before the service starts the task. */
    static final Duration BEGUN_AFTER = Duration.ofSeconds(60);
    /** One page of the newest tasks from the trigger on: a user rarely starts more within a minute. */
    private static final int PAGE = 200;

    /** Looks for the task of a trigger that went out alone at {@code bound} (epoch ms, the service's clock). */
    static CompletableFuture<OwnScanTask> find(TaskOwner owner, long bound, CallPolicy policy) {
        return list(owner, bound, policy).thenApply(page -> among(page, bound));
    }

    /** The call that lists the tasks begun from just before {@code bound} on: cancelling it withdraws it. */
    static CompletableFuture<ListPage<ImageScanTask>> list(TaskOwner owner, long bound, CallPolicy policy) {
        SharedPoller poller = owner.poller();
        ImageTaskQuery query = ImageTaskQuery.scans().taskType(TaskType.MANUAL).globalImageType(GlobalImageType.REGISTRY)
                .createTime(bound - BEGUN_BEFORE.toMillis()).enterpriseProjectId(owner.enterpriseProjectId())
                .build();
        return poller.call(ApiName.IMAGE_TASKS,
                        owner.counted(ApiName.IMAGE_TASKS, () -> poller.api().listImageTasks(poller.projectId(), query, 0, PAGE)),
                        policy);
    }

    /** The run's task among the listed ones, or why none is. */
    static OwnScanTask among(ListPage<ImageScanTask> page, long bound) {
        List<ImageScanTask> candidates = candidates(page.rows(), bound);
        if (candidates.size() == 1) {
            return new OwnScanTask(candidates.get(0), null);
        }
        return new OwnScanTask(null, candidates.isEmpty() ? EngineMessages.format("stop.none_found")
                : EngineMessages.format("stop.several", candidates.size()));
    }

    /** The manual registry scan tasks begun around the trigger, each with an id to name it by. */
    private static List<ImageScanTask> candidates(List<ImageScanTask> tasks, long bound) {
        long from = bound - BEGUN_BEFORE.toMillis();
        long to = bound + BEGUN_AFTER.toMillis();
        return tasks.stream().filter(task -> task.beginTime() != null && task.beginTime() >= from
                && task.beginTime() <= to && task.taskId() != null).toList();
    }
}
