package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Fault;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which image API a run uses: the one the setting names, or for {@code auto} the one the service offers. */
class ApiChoiceTest {

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void imageScanTasksTriggersAScanTaskAndFollowsTheRegistryImagesNeverTheOlderCalls() {
        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "team-a/api:1.0").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.api()).isEqualTo("image-scan-tasks");
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.LIST_REGISTRY_IMAGES)).isPositive();
        assertThat(cloud.requests(Endpoint.BATCH_SCAN) + cloud.requests(Endpoint.LIST_SWR_IMAGES)
                + cloud.requests(Endpoint.LIST_REGISTRIES)).isZero();
        assertThat(report.requests()).containsKeys(ApiName.IMAGE_SCAN_TASKS.label(), ApiName.REGISTRY_IMAGES.label())
                .doesNotContainKeys(ApiName.BATCH_SCAN.label(), ApiName.SWR_REPOSITORY.label());
        assertThat(cloud.events(WatchEvent.ApiChosen.class)).singleElement()
                .satisfies(chosen -> assertThat(chosen.message()).isEqualTo("HSS API: image-scan-tasks (setting api)"));
    }

    @Test
    void batchScanIsTheDefaultAndSaysSo() {
        ScanReport report = cloud.finish(cloud.start(cloud.settings("team-a/api:1.0").build()));

        assertThat(report.api()).isEqualTo("batch-scan");
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK) + cloud.requests(Endpoint.LIST_REGISTRIES)).isZero();
        assertThat(cloud.events(WatchEvent.ApiChosen.class)).extracting(WatchEvent.ApiChosen::api)
                .containsExactly("batch-scan");
    }

    @Test
    void autoPicksTheNewerApiWhereTheServiceOffersItAndAsksOncePerBudget() {
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        SharedPoller poller = cloud.poller(engine, cloud.client(CallListener.NONE));
        var settings = cloud.settings(ScanApi.AUTO, "team-a/api:1.0").build();

        ScanReport first = cloud.finish(ScanRun.start(settings, poller, cloud.events::add));
        ScanReport second = cloud.finish(ScanRun.start(settings, poller, cloud.events::add));

        assertThat(first.api()).isEqualTo("image-scan-tasks");
        assertThat(second.api()).isEqualTo("image-scan-tasks");
        assertThat(cloud.requests(Endpoint.LIST_REGISTRIES)).as("the answer is kept with the budget").isEqualTo(1);
        assertThat(first.requests()).containsEntry(ApiName.REGISTRIES.label(), 1);
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isEqualTo(2);
        assertThat(cloud.events(WatchEvent.ApiChosen.class)).extracting(WatchEvent.ApiChosen::offered)
                .containsExactly(true, true);
    }

    @Test
    void aRunCancelledWhileAutoAsksLeavesTheAnswerToTheRunsThatStillWait() {
        HssEngine engine = cloud.engine(CallBudget.HSS_DEFAULT);
        SharedPoller poller = cloud.poller(engine, cloud.client(CallListener.NONE));
        var settings = cloud.settings(ScanApi.AUTO, "team-a/api:1.0").build();
        ScanRun cancelled = ScanRun.start(settings, poller, event -> { });
        ScanRun waiting = ScanRun.start(settings, poller, cloud.events::add);

        cancelled.cancel();
        ScanReport report = cloud.finish(waiting);

        assertThat(report.api()).isEqualTo("image-scan-tasks");
        assertThat(cloud.requests(Endpoint.LIST_REGISTRIES)).isEqualTo(1);
    }

    @Test
    void autoFallsBackToBatchScanWhereTheGatewayKnowsNoSuchApi() {
        cloud.hss.faults().next(Endpoint.LIST_REGISTRIES, Fault.error(404, "APIG.0101",
                "The API does not exist or has not been published in the environment"));

        ScanReport report = cloud.finish(cloud.start(cloud.settings(ScanApi.AUTO, "team-a/api:1.0").build()));

        assertThat(report.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(report.api()).isEqualTo("batch-scan");
        assertThat(cloud.requests(Endpoint.BATCH_SCAN)).isEqualTo(1);
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isZero();
        assertThat(cloud.events(WatchEvent.ApiChosen.class)).singleElement().satisfies(chosen -> assertThat(
                chosen.message()).contains("batch-scan", "does not offer the newer image API"));
    }

    @Test
    void autoNeverFallsBackOnARefusalThatMayBeAMissingPermission() {
        cloud.hss.faults().always(Endpoint.LIST_REGISTRIES, Fault.error(403, "HSS.1001", "no permission"));

        ScanRun run = cloud.start(cloud.settings(ScanApi.AUTO, "team-a/api:1.0").build());
        cloud.end(run);

        assertThat(run.result()).isCompletedExceptionally();
        assertThat(run.result().handle((report, error) -> error instanceof CompletionException ? error.getCause() : error)
                .join()).isInstanceOfSatisfying(HssApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThat(cloud.requests(Endpoint.BATCH_SCAN) + cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isZero();
    }
}
