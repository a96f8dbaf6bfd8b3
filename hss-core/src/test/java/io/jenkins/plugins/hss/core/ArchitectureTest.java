package io.jenkins.plugins.hss.core;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jenkins.plugins.hss.core.client.HssApi;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The engine's architecture as rules (docs/development.md, "Architecture rules"): it knows nothing
 * of its faces, and its packages depend on each other one way only, from the run ({@code watch})
 * through the counted selection, the shared poll, the budget and time down to the values
 * ({@code model}), which know nothing else of the engine.
 */
@AnalyzeClasses(packages = "io.jenkins.plugins.hss.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The engine is plain Java: it runs and is tested anywhere, and every face is thin on top of it. */
    @ArchTest
    static final ArchRule ENGINE_KNOWS_NO_FACE = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("hudson..", "jenkins..", "org.kohsuke..", "org.jenkinsci..", "picocli..",
                    "io.jenkins.plugins.hss", "io.jenkins.plugins.hss.cli..", "io.jenkins.plugins.hss.bench..",
                    "io.jenkins.plugins.hss.simulator..")
            .because("the engine knows nothing of Jenkins, the CLI or the simulator (ARCHITECTURE.md)");

    /**
     * From the run down to the values: a run ({@code watch}) uses everything; the lookups of the
     * scan task it started ({@code task}) read that task and stop it; the sync before its scan
     * ({@code sync}) asks HSS to sync the images it does not list yet; its batch scans are
     * shared with other runs' ({@code trigger}); the counted selection ({@code selection}) narrows
     * the shared poll's listings; the poll ({@code poll})
     * lists for every wait of a project through the user's call budget ({@code budget}), which
     * paces calls in time ({@code time}); the report renders the gate's verdicts, the gate judges
     * the model's values, the client speaks them over HTTP with the credentials of {@code auth};
     * nothing points back up.
     */
    @ArchTest
    static final ArchRule PACKAGES_POINT_ONE_WAY = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("watch").definedBy("io.jenkins.plugins.hss.core.watch..")
            .layer("task").definedBy("io.jenkins.plugins.hss.core.task..")
            .layer("sync").definedBy("io.jenkins.plugins.hss.core.sync..")
            .layer("report").definedBy("io.jenkins.plugins.hss.core.report..")
            .layer("trigger").definedBy("io.jenkins.plugins.hss.core.trigger..")
            .layer("selection").definedBy("io.jenkins.plugins.hss.core.selection..")
            .layer("poll").definedBy("io.jenkins.plugins.hss.core.poll..")
            .layer("budget").definedBy("io.jenkins.plugins.hss.core.budget..")
            .layer("time").definedBy("io.jenkins.plugins.hss.core.time..")
            .layer("gate").definedBy("io.jenkins.plugins.hss.core.gate..")
            .layer("client").definedBy("io.jenkins.plugins.hss.core.client..")
            .layer("auth").definedBy("io.jenkins.plugins.hss.core.auth..")
            .layer("model").definedBy("io.jenkins.plugins.hss.core.model..")
            .whereLayer("watch").mayNotBeAccessedByAnyLayer()
            .whereLayer("task").mayOnlyBeAccessedByLayers("watch")
            .whereLayer("sync").mayOnlyBeAccessedByLayers("watch")
            .whereLayer("report").mayOnlyBeAccessedByLayers("task", "watch")
            .whereLayer("trigger").mayOnlyBeAccessedByLayers("task", "watch")
            .whereLayer("selection").mayOnlyBeAccessedByLayers("watch")
            .whereLayer("poll").mayOnlyBeAccessedByLayers("selection", "sync", "task", "trigger", "watch")
            .whereLayer("budget").mayOnlyBeAccessedByLayers("poll", "selection", "sync", "task", "trigger", "watch")
            .whereLayer("time").mayOnlyBeAccessedByLayers("budget", "poll", "selection", "sync", "task", "trigger",
                    "watch")
            .whereLayer("gate").mayOnlyBeAccessedByLayers("report", "watch")
            .whereLayer("client").mayOnlyBeAccessedByLayers("budget", "poll", "selection", "sync", "task", "trigger",
                    "watch")
            .whereLayer("auth").mayOnlyBeAccessedByLayers("client", "budget", "report", "watch")
            .whereLayer("model").mayOnlyBeAccessedByLayers("client", "gate", "report", "poll", "selection", "sync",
                    "task", "trigger", "watch");

    @ArchTest
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("io.jenkins.plugins.hss.core.(*)..")
            .should().beFreeOfCycles();

    /** The values are the bottom: every other package may use them, they use none (but the engine's messages). */
    @ArchTest
    static final ArchRule MODEL_KNOWS_NOTHING_ELSE = noClasses().that().resideInAPackage("io.jenkins.plugins.hss.core.model..")
            .should().dependOnClassesThat(resideInAPackage("io.jenkins.plugins.hss..")
                    .and(not(resideInAnyPackage("io.jenkins.plugins.hss.core.model..", "io.jenkins.plugins.hss.core"))))
            .because("model is what a face describes a scan with; it holds values, never the machinery");

    /** One budget per user and API: only the run's call queues call HSS. */
    @ArchTest
    static final ArchRule ONLY_THE_RUN_CALLS_HSS = noClasses()
            .that().resideOutsideOfPackages("io.jenkins.plugins.hss.core.client..", "io.jenkins.plugins.hss.core.poll..",
                    "io.jenkins.plugins.hss.core.sync..", "io.jenkins.plugins.hss.core.task..",
                    "io.jenkins.plugins.hss.core.trigger..",
                    "io.jenkins.plugins.hss.core.watch..")
            .should().dependOnClassesThat().areAssignableTo(HssApi.class)
            .because("every call goes through the user's budget, which the run's queues keep");

    /**
     * What a controller persists (the wait's state) declares its collections as the mutable classes
     * it holds, so that no JDK immutable one can be put there (JdkImmutables says why; WaitSnapshotTest
     * checks the values).
     */
    @ArchTest
    static final ArchRule PERSISTED_COLLECTIONS_ARE_CONCRETE = fields()
            .that().areDeclaredInClassesThat().implement(Serializable.class)
            .and().areDeclaredInClassesThat().areNotEnums()
            .and().areDeclaredInClassesThat().areNotAssignableTo(Throwable.class)
            .and().areNotStatic().and().doNotHaveModifier(JavaModifier.TRANSIENT)
            .should().notHaveRawType(Collection.class).andShould().notHaveRawType(List.class)
            .andShould().notHaveRawType(Set.class).andShould().notHaveRawType(Map.class)
            .because("XStream writes JDK immutable collections only by reflection on the JDK's insides");

    /** The facade the faces' rules allow names classes that exist: a rename cannot empty it unnoticed. */
    @Test
    void theFacadeNamesClassesOfTheEngine() {
        JavaClasses engine = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.jenkins.plugins.hss.core");
        List<String> missing = new ArrayList<>();
        EngineFacade.CLASSES.stream().filter(name -> !engine.contain(name)).forEach(missing::add);
        EngineFacade.PACKAGES.stream().filter(name -> engine.stream().noneMatch(c -> c.getPackageName().equals(name)))
                .forEach(missing::add);
        assertThat(missing).isEmpty();
    }
}
