package io.jenkins.plugins.hss.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.jenkins.plugins.hss.core.EngineFacade;

/**
 * {@code hss-scan} is a thin face: it turns a command line into the engine's settings and the
 * report into output, through the engine's facade only ({@link EngineFacade}).
 */
@AnalyzeClasses(packages = "io.jenkins.plugins.hss.cli", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The engine's insides (its HTTP client, queues, polls and gate) stay the engine's. */
    @ArchTest
    static final ArchRule USES_ONLY_THE_FACADE = noClasses().should().dependOnClassesThat(EngineFacade.OUTSIDE)
            .because("a face maps settings in and the report out; the decisions are the engine's");

    /** No call outside the engine's budget: the CLI never holds an HTTP client of its own. */
    @ArchTest
    static final ArchRule NO_RAW_HTTP = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("okhttp3..", "java.net.http..")
            .because("every call to HSS goes through the engine and the user's budget");

    /** The simulated HSS serves the demo only. */
    @ArchTest
    static final ArchRule ONLY_THE_DEMO_SIMULATES = noClasses()
            .that().doNotHaveSimpleName("Demo").and().doNotHaveSimpleName("DemoRepository")
            .and().doNotHaveSimpleName("SimulatedTime").and().doNotHaveSimpleName("HostileMode")
            .and().doNotHaveSimpleName("HssScanCommand")
            .should().dependOnClassesThat().resideInAPackage("io.jenkins.plugins.hss.simulator..")
            .because("--demo is the only way the CLI meets the simulator");
}
