package io.jenkins.plugins.hss;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.empty;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import hudson.model.Action;
import io.jenkins.plugins.hss.core.EngineFacade;
import io.jenkins.plugins.hss.core.JdkImmutables;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.HssClientBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The plugin's architecture as rules: a thin face on the engine's facade, which never reaches the
 * HTTP client, and persisted state that any Jenkins, on any JDK, reads back. XStream writes a JDK
 * immutable collection ({@code List.of}, {@code copyOf}, {@code Stream.toList()}) by reflection on
 * the JDK's private fields, which only works while {@code java.util} is opened to it and the JDK
 * keeps those fields; a build record or a job's configuration must not depend on either.
 */
class PluginArchitectureTest {

    private static final String PLUGIN = "io.jenkins.plugins.hss";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(PLUGIN)
            .that(DescribedPredicate.describe("the plugin's", (JavaClass type) -> type.getPackageName().equals(PLUGIN)));

    /** Steps, the builder and the configuration map to settings; the engine decides. */
    @Test
    void usesOnlyTheEnginesFacade() {
        noClasses().should().dependOnClassesThat(EngineFacade.OUTSIDE)
                .because("a face maps settings in and the report out; the decisions are the engine's")
                .check(CLASSES);
    }

    /** Every call to HSS goes through the engine and the user's budget. */
    @Test
    void noFaceReachesTheHttpClient() {
        noClasses().should().dependOnClassesThat().areAssignableTo(HssApi.class)
                .orShould().dependOnClassesThat().areAssignableTo(HssClientBuilder.class)
                .because("no call may bypass the user's budget").check(CLASSES);
    }

    /** OkHttp only to hand the engine Jenkins' proxy settings (okhttp-api's JenkinsOkHttpClient). */
    @Test
    void onlyTheConnectionBuildsOkHttp() {
        noClasses().that().doNotHaveSimpleName("HssConnection")
                .should().dependOnClassesThat().resideInAPackage("okhttp3..")
                .because("the engine owns the HTTP client; HssConnection only gives it Jenkins' proxy settings")
                .check(CLASSES);
    }

    /**
     * What XStream writes into {@code build.xml} (actions) declares its collections as the mutable
     * classes it holds ({@link java.util.ArrayList}, {@link java.util.TreeMap}): no JDK immutable one can be put there.
     */
    @Test
    void actionsDeclareConcreteCollections() {
        ArchRule rule = fields().that().areDeclaredInClassesThat().areAssignableTo(Action.class)
                .and().areNotStatic().and().doNotHaveModifier(JavaModifier.TRANSIENT)
                .should().notHaveRawType(Collection.class).andShould().notHaveRawType(List.class)
                .andShould().notHaveRawType(Set.class).andShould().notHaveRawType(Map.class)
                .because("XStream writes JDK immutable collections only by reflection on the JDK's insides");
        rule.check(CLASSES);
    }

    /** A job's configuration: the step (Pipeline snippets, freestyle config.xml) and the freestyle builder. */
    @Test
    void aConfiguredStepHoldsNoJdkImmutableCollection() {
        HssBatchScanStep step = configuredStep();
        assertThat(JdkImmutables.in(step), empty());
        assertThat(JdkImmutables.in(new HssBatchScanBuilder(step)), empty());
    }

    /**
     * What a waiting Pipeline step keeps across a restart besides the engine's state (whose own
     * test, WaitSnapshotTest, checks it): the step's parameters as the build ran them.
     */
    @Test
    void aWaitingStepsRequestHoldsNoJdkImmutableCollection() {
        assertThat(JdkImmutables.in(ScanRequest.from(configuredStep(), UnaryOperator.identity(), "")), empty());
    }

    private static HssBatchScanStep configuredStep() {
        HssBatchScanStep step = new HssBatchScanStep("private_image");
        step.setImages(List.of("team/app:1.0", "team/web:2.0"));
        step.setGate(List.of("immediate_repair>0:failure"));
        step.setOutcomes(List.of("image_oversized:failure"));
        return step;
    }
}
