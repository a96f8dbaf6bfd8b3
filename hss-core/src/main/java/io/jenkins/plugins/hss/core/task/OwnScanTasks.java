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
import io.jenkins.plugins.hss.core.trigger.SharedTrigger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The scan tasks a run of {@code image-scan-tasks} started, found by one ListImageScanTask call
 * through the user's budget. CreateManualImageScanTask answers with no task id, so a task is found
 * by time: the manual registry scan tasks that began within {@link #BEGUN_BEFORE} before and
 * {@link #BEGUN_AFTER} after one of the run's triggers went out, on the service's clock. A run
 * triggers once, or twice when an image it names is synced after the first trigger. When every
 * trigger's moments hold a task and there are exactly as many tasks as triggers, they are the
 * run's. Otherwise (one of its tasks is missing, or another run of the user triggered in the same
 * moments) the run cannot prove which are its own, and says so. Stopping the tasks
 * ({@link ScanTaskStop}) and reading their {@code failed_images} for the report share this rule.
 *
 * @param tasks the run's tasks; empty when they are not provably its own
 * @param why   why they are not; null when {@code tasks} are the run's
 */
record OwnScanTasks(List<ImageScanTask> tasks, String why) {

    /** How early a task may show as begun: the service's clock is known to the second, less the skew of its Date. */
    static final Duration BEGUN_BEFORE = Duration.ofSeconds(5);
    /** How late: the trigger call may take up to its call timeout before the service starts the task. */
    static final Duration BEGUN_AFTER = Duration.ofSeconds(60);
    /** One page of the newest tasks from the first trigger on: a user rarely starts more within minutes. */
    private static final int PAGE = 200;

    OwnScanTasks {
        tasks = List.copyOf(tasks);
    }

    /** Looks for the tasks of the triggers that went out alone at {@code bounds} (epoch ms, the service's clock). */
    static CompletableFuture<OwnScanTasks> find(TaskOwner owner, List<Long> bounds, CallPolicy policy) {
        return list(owner, bounds, policy).thenApply(page -> among(page, bounds));
    }

    /** The call that lists the tasks begun from just before the first of {@code bounds} on: cancelling it withdraws it. */
    static CompletableFuture<ListPage<ImageScanTask>> list(TaskOwner owner, List<Long> bounds, CallPolicy policy) {
        SharedPoller poller = owner.poller();
        long first = bounds.stream().mapToLong(Long::longValue).min().orElseThrow();
        ImageTaskQuery query = ImageTaskQuery.scans().taskType(TaskType.MANUAL).globalImageType(GlobalImageType.REGISTRY)
                .createTime(first - BEGUN_BEFORE.toMillis()).enterpriseProjectId(owner.enterpriseProjectId())
                .build();
        return poller.call(ApiName.IMAGE_TASKS,
                        owner.counted(ApiName.IMAGE_TASKS, () -> poller.api().listImageTasks(poller.projectId(), query, 0, PAGE)),
                        policy);
    }

    /**
     * Why the tasks of {@code sends} cannot be the run's own: none kept, one that served other runs
     * too ({@code sharedKey} says it), one without the service's time; null when they can be.
     */
    static String whyNotOwn(List<SharedTrigger.Sent> sends, String sharedKey) {
        return sends.isEmpty() ? EngineMessages.format("stop.resumed")
                : sends.stream().anyMatch(sent -> !sent.alone()) ? EngineMessages.format(sharedKey)
                : sends.stream().anyMatch(sent -> sent.bound() == null) ? EngineMessages.format("stop.no_service_time")
                : null;
    }

    /** The run's tasks among the listed ones, or why they are not provably its own. */
    static OwnScanTasks among(ListPage<ImageScanTask> page, List<Long> bounds) {
        Map<String, ImageScanTask> around = new LinkedHashMap<>();
        boolean eachTriggerHasOne = true;
        for (long bound : bounds) {
            List<ImageScanTask> candidates = candidates(page.rows(), bound);
            eachTriggerHasOne &= !candidates.isEmpty();
            candidates.forEach(task -> around.putIfAbsent(task.taskId(), task));
        }
        if (eachTriggerHasOne && around.size() == bounds.size()) {
            return new OwnScanTasks(List.copyOf(around.values()), null);
        }
        String why = around.isEmpty() ? EngineMessages.format("stop.none_found")
                : bounds.size() == 1 ? EngineMessages.format("stop.several", around.size())
                : EngineMessages.format("stop.not_one_each", around.size(), bounds.size());
        return new OwnScanTasks(List.of(), why);
    }

    /** The tasks' ids, as the console and the report name them. */
    String ids() {
        return String.join(", ", tasks.stream().map(ImageScanTask::taskId).toList());
    }

    /** The manual registry scan tasks begun around a trigger, each with an id to name it by. */
    private static List<ImageScanTask> candidates(List<ImageScanTask> tasks, long bound) {
        long from = bound - BEGUN_BEFORE.toMillis();
        long to = bound + BEGUN_AFTER.toMillis();
        return tasks.stream().filter(task -> task.beginTime() != null && task.beginTime() >= from
                && task.beginTime() <= to && task.taskId() != null).toList();
    }
}
