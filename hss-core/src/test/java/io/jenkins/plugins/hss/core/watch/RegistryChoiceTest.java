package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.gate.WaitEnd;
import io.jenkins.plugins.hss.core.gate.ImageResult;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.InvalidSettingsException;
import io.jenkins.plugins.hss.core.model.Outcome;
import io.jenkins.plugins.hss.core.model.ScanApi;
import io.jenkins.plugins.hss.core.model.SettingsProblem;
import io.jenkins.plugins.hss.core.report.ScanReport;
import io.jenkins.plugins.hss.simulator.Endpoint;
import io.jenkins.plugins.hss.simulator.Registry;
import io.jenkins.plugins.hss.simulator.ScanOutcome;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: images of a Harbor or JFrog registry, named by the settings' {@code registry}, are
 * triggered and followed on the newer API like SWR images, and never taken for a same-named
 * image of another registry.
 */
class RegistryChoiceTest {

    /** The same reference in SWR and in two Harbor registries, each scanning to another end. */
    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder()
            .registry(Registry.harbor("harbor-a", "team harbor", "harbor-a.example.com"))
            .registry(Registry.harbor("harbor-b", "release harbor", "harbor-b.example.com"))
            .registry(Registry.jfrog("jfrog-1", "artifacts", "jfrog.example.com"))
            .image("web/app:1.0", image -> image.outcome(ScanOutcome.FAILED).failureReason("unknown_error"))
            .image("web/app:1.0", image -> image.registry("harbor-a", io.jenkins.plugins.hss.simulator.ImageType.HARBOR)
                    .outcome(ScanOutcome.FAILED).failureReason("failed_to_scan_vulnerability"))
            .image("web/app:1.0", image -> image.registry("harbor-b", io.jenkins.plugins.hss.simulator.ImageType.HARBOR))
            .build());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void aHarborImageNamedByItsRegistrysNameIsScannedThereAndJudgedByItsOwnRow() {
        ScanReport report = cloud.finish(cloud.start(harbor("release harbor").build()));

        assertThat(report.outcome()).as("harbor-b's image is clean; harbor-a's and SWR's are not").isEqualTo(Outcome.SUCCESS);
        assertThat(report.images()).singleElement().satisfies(image -> {
            assertThat(image.state()).isEqualTo(WaitEnd.FINISHED);
            assertThat(image.imageType()).isEqualTo("harbor");
        });
        assertThat(cloud.requests(Endpoint.LIST_REGISTRIES)).as("one ListRegistry call resolves the name").isEqualTo(1);
        assertThat(report.requests()).containsEntry(ApiName.REGISTRIES.label(), 1);
        assertThat(cloud.events(WatchEvent.RegistryResolved.class)).singleElement()
                .satisfies(event -> assertThat(event.registry()).contains("harbor-b"));
    }

    @Test
    void theOtherHarborsSameNamedImageIsItsOwn() {
        ScanReport report = cloud.finish(cloud.start(harbor("harbor-a").build()));

        assertThat(report.outcome()).as("named by id: harbor-a's image fails to scan").isEqualTo(Outcome.FAILURE);
        assertThat(report.images()).extracting(ImageResult::outcome).containsExactly(Outcome.FAILURE);
    }

    @Test
    void aRegistryHssDoesNotKnowFailsNamingTheFieldAndTheKnownNamesBeforeAnyTrigger() {
        ScanRun run = cloud.start(harbor("no such harbor").build());
        cloud.end(run);

        assertThat(problem(run)).satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("registry");
            assertThat(problem.message()).contains("\"no such harbor\"", "\"team harbor\"", "\"release harbor\"",
                    "\"artifacts\"");
        });
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isZero();
    }

    @Test
    void aRegistryOfAnotherTypeThanTheImagesFailsNamingBoth() {
        ScanRun run = cloud.start(harbor("artifacts").build());
        cloud.end(run);

        assertThat(problem(run).message()).contains("Jfrog", "harbor");
        assertThat(cloud.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isZero();
    }

    @Test
    void twoRegistriesOfOneNameAreAmbiguousAndNamedByTheirIds() {
        try (SimulatedHss twins = new SimulatedHss(Scenario.builder()
                .registry(Registry.harbor("harbor-a", "harbor", "harbor-a.example.com"))
                .registry(Registry.harbor("harbor-b", "harbor", "harbor-b.example.com"))
                .image("web/app:1.0", image -> image.registry("harbor-a", io.jenkins.plugins.hss.simulator.ImageType.HARBOR))
                .build())) {
            ScanRun run = twins.start(twins.settings(ScanApi.IMAGE_SCAN_TASKS, "web/app:1.0")
                    .imageType(ImageType.HARBOR).registry("harbor").build());
            twins.end(run);

            assertThat(problem(run).message()).contains("harbor-a", "harbor-b", "by its id");
            assertThat(twins.requests(Endpoint.CREATE_IMAGE_SCAN_TASK)).isZero();
        }
    }

    @Test
    void ofTwoSameNamedRegistriesTheOneNamedByIdIsJudgedByItsOwnRowAlone() {
        try (SimulatedHss twins = new SimulatedHss(Scenario.builder()
                .registry(Registry.harbor("harbor-a", "harbor", "harbor-a.example.com"))
                .registry(Registry.harbor("harbor-b", "harbor", "harbor-b.example.com"))
                .image("web/app:1.0", image -> image.registry("harbor-a", io.jenkins.plugins.hss.simulator.ImageType.HARBOR)
                        .outcome(ScanOutcome.FAILED).failureReason("failed_to_scan_vulnerability"))
                .image("web/app:1.0", image -> image.registry("harbor-b", io.jenkins.plugins.hss.simulator.ImageType.HARBOR))
                .build())) {
            ScanReport report = twins.finish(twins.start(twins.settings(ScanApi.IMAGE_SCAN_TASKS, "web/app:1.0")
                    .imageType(ImageType.HARBOR).registry("harbor-b").build()));

            assertThat(report.outcome()).as("the list filtered by the name shows both; only harbor-b's row is the run's")
                    .isEqualTo(Outcome.SUCCESS);
            assertThat(report.images()).singleElement()
                    .satisfies(image -> assertThat(image.state()).isEqualTo(WaitEnd.FINISHED));
        }
    }

    private io.jenkins.plugins.hss.core.model.ScanSettingsBuilder harbor(String registry) {
        return cloud.settings(ScanApi.IMAGE_SCAN_TASKS, "web/app:1.0").imageType(ImageType.HARBOR).registry(registry);
    }

    private static SettingsProblem problem(ScanRun run) {
        Throwable error = run.result().handle((report, failure) -> failure).join();
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        assertThat(cause).isInstanceOf(InvalidSettingsException.class);
        return ((InvalidSettingsException) cause).problems().get(0);
    }
}
