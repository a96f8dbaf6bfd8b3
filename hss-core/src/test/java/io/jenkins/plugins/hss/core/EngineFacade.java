package io.jenkins.plugins.hss.core;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Set;

/**
 * The engine's public facade: what a face (the CLI, the Jenkins plugin, the benchmark) may use.
 * A face describes a scan ({@code model}: the settings and their values), says where HSS is and
 * as whom (the credentials of {@code auth}, the endpoints and the errors of {@code client}), runs
 * it through {@link io.jenkins.plugins.hss.core.watch.HssEngine} and listens to it, and renders
 * what comes back ({@code report}, and the verdicts of {@code gate}). Everything else (the HTTP
 * client, signing, the call queues, the polls, the gate's evaluation) is the engine's own, so that
 * no face can make a call outside the user's budget or take a decision of its own.
 *
 * <p>The architecture tests of each face use {@link #OUTSIDE}; the engine's own test proves that
 * every name listed here exists.
 */
public final class EngineFacade {

    private static final String CORE = "io.jenkins.plugins.hss.core.";

    /** Whole packages of the facade: the settings and their values, the report and its writers. */
    static final Set<String> PACKAGES = Set.of(CORE + "model", CORE + "report");

    /** Top-level classes of the facade in the other packages; their nested classes belong to it too. */
    static final Set<String> CLASSES = Set.of(
            // auth: the credentials a face builds from its secrets
            CORE + "auth.HssCredentials", CORE + "auth.AccessKeyCredentials", CORE + "auth.IamUserCredentials",
            CORE + "auth.TokenCredentials", CORE + "auth.SecretValue", CORE + "auth.IncompleteCredentialsException",
            // client: where HSS is, and the errors a run can end with
            CORE + "client.EndpointSettings", CORE + "client.HssEndpoints", CORE + "client.HssRegions",
            CORE + "client.HssException", CORE + "client.HssApiException", CORE + "client.HssConnectionException",
            CORE + "client.MalformedResponseException",
            // gate: the verdict and what it is made of, to render (never the evaluation)
            CORE + "gate.Verdict", CORE + "gate.ImageResult", CORE + "gate.Breach",
            CORE + "gate.Findings", CORE + "gate.CveExposure", CORE + "gate.WaitEnd", CORE + "gate.UnlistedImages",
            // watch: the engine, its runs, their events and persisted state
            CORE + "watch.HssEngine", CORE + "watch.ScanRun", CORE + "watch.Connection", CORE + "watch.WatchListener",
            CORE + "watch.WatchEvent", CORE + "watch.WaitSnapshot", CORE + "watch.PerImageLineLimit",
            // sync: what the sync before a scan will do, for a dry run
            CORE + "sync.SyncPlan",
            // trigger: the batch scan a run would send, for a dry run
            CORE + "trigger.TriggerPreview",
            // budget: the user's call budget a face may set, and the deadline a run can end at
            CORE + "budget.CallBudget", CORE + "budget.RateLimit", CORE + "budget.RunTimedOutException",
            // time: the scheduler a face lends the engine (and tests' virtual time)
            CORE + "time.Scheduler", CORE + "time.Cancellable", CORE + "time.ExecutorScheduler",
            CORE + "time.VirtualTimeScheduler");

    /** A class of the engine that is not part of its facade. */
    public static final DescribedPredicate<JavaClass> OUTSIDE = new DescribedPredicate<>(
            "the engine's classes outside its facade (see EngineFacade)") {
        @Override
        public boolean test(JavaClass type) {
            return isEngine(type) && !inFacade(type);
        }
    };

    private EngineFacade() {
    }

    static boolean isEngine(JavaClass type) {
        return type.getPackageName().startsWith(CORE) || type.getPackageName().equals("io.jenkins.plugins.hss.core");
    }

    static boolean inFacade(JavaClass type) {
        JavaClass topLevel = type;
        while (topLevel.getEnclosingClass().isPresent()) {
            topLevel = topLevel.getEnclosingClass().get();
        }
        return PACKAGES.contains(type.getPackageName()) || CLASSES.contains(topLevel.getName());
    }
}
