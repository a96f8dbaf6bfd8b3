package io.jenkins.plugins.hss;

import hudson.Extension;
import hudson.ExtensionList;
import io.jenkins.plugins.hss.core.watch.CallBudget;
import io.jenkins.plugins.hss.core.watch.HssEngine;
import io.jenkins.plugins.hss.core.watch.RateLimit;
import java.time.Clock;
import jenkins.util.SystemProperties;

/**
 * The controller's one {@link HssEngine}: HSS grants each user a few calls a minute per API, so
 * every build of one user, whatever its project, must share one budget. A secret rotated under the
 * same identity (or a changed proxy or timeout) reaches the engine through the connection's
 * fingerprint.
 */
@Extension
public final class ControllerPollers {

    /**
     * The rate per API in the engine's text form ({@code 5/60s}), for accounts whose quota Huawei
     * raised, and for tests against the simulator. Read once, at start-up.
     */
    static final String RATE_LIMIT_PROPERTY = ControllerPollers.class.getName() + ".rateLimit";

    private final HssEngine engine = HssEngine.builder(new TimerScheduler(), Clock.systemUTC()).budget(budget()).build();

    static HssEngine engine() {
        return ExtensionList.lookupSingleton(ControllerPollers.class).engine;
    }

    private static CallBudget budget() {
        String rate = SystemProperties.getString(RATE_LIMIT_PROPERTY);
        return rate == null ? CallBudget.HSS_DEFAULT : CallBudget.uniform(RateLimit.parse(rate));
    }
}
