package io.jenkins.plugins.hss.simulator;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The faults waiting for the next requests. Rules are tried in the order they were added; the
 * first that fires decides the request's fault. Safe to change while requests are served.
 */
public final class FaultPlan {

    private final List<Rule> rules = new ArrayList<>();

    /** The next request to {@code endpoint} gets {@code fault}. */
    public FaultPlan next(Endpoint endpoint, Fault fault) {
        return next(endpoint, 1, fault);
    }

    /** The next {@code times} requests to {@code endpoint} get {@code fault}. */
    public synchronized FaultPlan next(Endpoint endpoint, int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1");
        }
        rules.add(new Rule(endpoint, fault, times, 1.0, null));
        return this;
    }

    /** Every request to {@code endpoint} from now on gets {@code fault}, until {@link #clear()}. */
    public synchronized FaultPlan always(Endpoint endpoint, Fault fault) {
        rules.add(new Rule(endpoint, fault, -1, 1.0, null));
        return this;
    }

    /** The faults of a hostile service, as {@code hostility} describes them. */
    public FaultPlan hostile(Hostility hostility) {
        hostility.install(this);
        return this;
    }

    /** Each request to {@code endpoint} gets {@code fault} with this probability; the seed makes runs repeatable. */
    public synchronized FaultPlan randomly(Endpoint endpoint, double probability, long seed, Fault fault) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("a probability is between 0 and 1");
        }
        rules.add(new Rule(endpoint, fault, -1, probability, new SplittableRandom(seed)));
        return this;
    }

    public synchronized void clear() {
        rules.clear();
    }

    synchronized Optional<Fault> draw(Endpoint endpoint) {
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (rule.endpoint != endpoint || !rule.fires()) {
                continue;
            }
            if (rule.remaining == 0) {
                it.remove();
            }
            return Optional.of(rule.fault);
        }
        return Optional.empty();
    }

    /** A count-down rule (remaining ≥ 1), a random one or one that always fires (remaining = -1, never used up). */
    private static final class Rule {
        private final Endpoint endpoint;
        private final Fault fault;
        private final double probability;
        private final SplittableRandom random;
        private int remaining;

        Rule(Endpoint endpoint, Fault fault, int remaining, double probability, SplittableRandom random) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.fault = Objects.requireNonNull(fault, "fault");
            this.remaining = remaining;
            this.probability = probability;
            this.random = random;
        }

        boolean fires() {
            if (random != null) {
                return random.nextDouble() < probability;
            }
            if (remaining > 0) {
                remaining--;
            }
            return true;
        }
    }
}
