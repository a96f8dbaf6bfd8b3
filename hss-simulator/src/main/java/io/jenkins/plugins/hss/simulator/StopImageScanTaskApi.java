package io.jenkins.plugins.hss.simulator;

import java.time.Clock;

/**
 * {@code PUT /v5/{project_id}/image/image-scan/tasks/{task_id}/stop} (StopImageScanTask): the task
 * shows {@code task_status} -1 from now on and its counts stay as they were; a finished task is
 * left as it is. An unknown task id is 400 HSS.0011 ("requested resource not found", the error
 * code page). The answer has no fields (200, empty body).
 */
final class StopImageScanTaskApi implements Api {

    private final ScanTaskBook tasks;
    private final Clock clock;

    StopImageScanTaskApi(ScanTaskBook tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    @Override
    public SimResponse handle(SimRequest request, Route route) {
        FieldLimits.ENTERPRISE_PROJECT.check(request.query());
        tasks.find(route.taskId())
                .orElseThrow(() -> ApiError.hss(400, "HSS.0011", "requested resource not found: task " + route.taskId()))
                .stop(clock.instant());
        return SimResponse.emptyOk();
    }
}
