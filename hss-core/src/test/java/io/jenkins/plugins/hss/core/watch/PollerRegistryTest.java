package io.jenkins.plugins.hss.core.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.auth.AccessKeyCredentials;
import io.jenkins.plugins.hss.core.client.CallListener;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.gate.Outcome;
import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.Scenario;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One poller per identity for the life of a controller, with the client of its current secret. */
class PollerRegistryTest {

    private static final String OLD_SECRET = AccessKeyCredentials.of(HssSimulator.DEMO_ACCESS_KEY, "rotated-away").fingerprint();
    private static final String NEW_SECRET = SimulatedHss.ACCESS_KEY.fingerprint();

    private final SimulatedHss cloud = new SimulatedHss(Scenario.builder().image("team-a/api:1.0").build());
    private final PollerRegistry registry = cloud.registry(CallBudget.HSS_DEFAULT);
    private final PollerKey key = new PollerKey(SimulatedHss.ACCESS_KEY.identity(), cloud.hss.projectId(), cloud.hss.baseUrl());

    @AfterEach
    void stopSimulator() {
        cloud.close();
    }

    @Test
    void theSameSecretKeepsThePollerAndItsClient() {
        AtomicInteger made = new AtomicInteger();
        Supplier<HssApi> clients = () -> {
            made.incrementAndGet();
            return cloud.client(CallListener.NONE);
        };

        SharedPoller first = registry.poller(key, NEW_SECRET, clients);
        HssApi client = first.api();

        assertThat(registry.poller(key, NEW_SECRET, clients)).isSameAs(first);
        assertThat(first.api()).isSameAs(client);
        assertThat(made).hasValue(1);
    }

    @Test
    void aRotatedSecretGetsAFreshClientOnTheSamePollerAndBudget() {
        SharedPoller stale = registry.poller(key, OLD_SECRET, () -> cloud.client(CallListener.NONE));
        HssApi staleClient = stale.api();
        AtomicInteger callsOfFreshClient = new AtomicInteger();
        HssApi fresh = cloud.client(new CallListener() {
            @Override
            public void requestSent(String call) {
                callsOfFreshClient.incrementAndGet();
            }
        });

        SharedPoller rotated = registry.poller(key, NEW_SECRET, () -> fresh);

        assertThat(rotated).as("one budget per identity").isSameAs(stale);
        assertThat(rotated.api()).isSameAs(fresh).isNotSameAs(staleClient);
        assertThat(cloud.finish(ScanRun.start(cloud.settings("team-a/api:1.0").build(), rotated, cloud.events::add))
                .outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(callsOfFreshClient.get()).isPositive();
    }
}
