package io.jenkins.plugins.hss;

import hudson.Extension;
import hudson.ExtensionList;
import hudson.init.Terminator;
import hudson.security.ACL;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.budget.RateLimit;
import io.jenkins.plugins.hss.core.time.ExecutorScheduler;
import io.jenkins.plugins.hss.core.watch.HssEngine;
import java.time.Clock;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import jenkins.security.ImpersonatingScheduledExecutorService;
import jenkins.util.SystemProperties;

/**
 * The controller's one {@link HssEngine}: HSS grants each user a few calls a minute per API, so
 * every build of one user, whatever its project, must share one budget. A secret rotated under the
 * same identity (or a changed proxy or timeout) reaches the engine through the connection's
 * fingerprint. The engine runs on {@link ScanThreads}, the plugin's own threads, never on
 * Jenkins' shared timer.
 */
@Extension
public final class ControllerPollers {

    /**
     * The rate per API in the engine's text form ({@code 5/60s}), for accounts whose quota Huawei
     * raised, and for tests against the simulator. Read once, at start-up.
     */
    static final String RATE_LIMIT_PROPERTY = ControllerPollers.class.getName() + ".rateLimit";

    private static final Logger LOGGER = Logger.getLogger(ControllerPollers.class.getName());

    private final ScanThreads threads = new ScanThreads();
    /** As on Jenkins' timer, the tasks run as SYSTEM: they end steps and store reports, for no user. */
    private final ScheduledExecutorService asSystem = new ImpersonatingScheduledExecutorService(threads, ACL.SYSTEM2);
    private final HssEngine engine = HssEngine.builder(new ExecutorScheduler(asSystem), Clock.systemUTC())
            .budget(budget()).build();

    private static ControllerPollers get() {
        return ExtensionList.lookupSingleton(ControllerPollers.class);
    }

    static HssEngine engine() {
        return get().engine;
    }

    /**
     * Runs quick work of a scan (persisting its state) on the scan threads, outside the engine's
     * locks. Dropped once Jenkins is shutting down: the program is saved as it stands then.
     */
    static void execute(Runnable task) {
        try {
            get().asSystem.execute(task);
        } catch (RejectedExecutionException e) {
            LOGGER.log(Level.FINE, "Not run: the scan threads are stopped", e);
        }
    }

    /** Stops the engine and the scan threads with Jenkins; waiting Pipeline steps resume after the restart. */
    @Terminator
    public void shutDown() {
        engine.close();
        threads.shutdownNow();
    }

    private static CallBudget budget() {
        String rate = SystemProperties.getString(RATE_LIMIT_PROPERTY);
        return rate == null ? CallBudget.HSS_DEFAULT : CallBudget.uniform(RateLimit.parse(rate));
    }
}
