package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.BudgetKey;
import io.jenkins.plugins.hss.core.budget.CallBudget;
import io.jenkins.plugins.hss.core.budget.CallLedger;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.CallRecords;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.ImageType;
import io.jenkins.plugins.hss.core.model.ScanSettings;
import io.jenkins.plugins.hss.core.poll.BudgetedHss;
import io.jenkins.plugins.hss.core.poll.ScanPort;
import io.jenkins.plugins.hss.core.poll.SharedPoller;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Scheduler;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The engine, as the faces reach HSS: one per process (a Jenkins controller keeps one, each CLI
 * run makes one). It holds one budgeted HSS per user and endpoint ({@link BudgetedHss}): every
 * call of every run of that user, whatever its project, waits its turn in the same queues, on the
 * scheduler the face gave, so no face thread ever makes an HTTP call and no face can call HSS
 * around the budget. A face gives each run its {@link Connection}; the engine makes the client
 * from it, again when the connection's settings change, and forgets a user's budget once it has
 * been idle long enough for forgetting to be safe.
 *
 * <pre>{@code
 * HssEngine engine = HssEngine.builder(scheduler, Clock.systemUTC()).budget(CallBudget.HSS_DEFAULT).build();
 * ScanRun run = engine.start(settings, connection, listener);
 * ScanRun resumed = engine.resume(savedState, settings, connection, listener);   // after a restart
 * }</pre>
 */
public final class HssEngine implements AutoCloseable {

    /**
     * How long a batch scan waits for other runs of the user to join it: a lone run is delayed by
     * at most this, and runs that start within it (a commit that starts many pipelines) share one
     * call of the 5 a minute.
     */
    public static final Duration DEFAULT_TRIGGER_WINDOW = Duration.ofSeconds(2);
    /** How long a user's budget stays unused before it is forgotten. */
    public static final Duration DEFAULT_IDLE_TIME = Duration.ofMinutes(10);
    /** How long a connection test may wait for its turn and its retries: a user is waiting for the answer. */
    static final Duration TEST_CONNECTION_TIME = Duration.ofMinutes(2);
    /** How often the engine looks for idle budgets, while it holds any. */
    static final Duration HOUSEKEEPING = Duration.ofMinutes(1);

    private final Scheduler scheduler;
    private final Clock clock;
    private final CallBudget budget;
    private final Path ledger;
    private final Duration idleTime;
    private final Duration triggerWindow;
    private final Map<BudgetKey, BudgetedHss> budgets = new ConcurrentHashMap<>();
    private Cancellable housekeeping;
    private boolean closed;

    private HssEngine(Builder builder) {
        this.scheduler = builder.scheduler;
        this.clock = builder.clock;
        this.budget = builder.budget;
        this.ledger = builder.ledger;
        this.idleTime = builder.idleTime;
        this.triggerWindow = builder.triggerWindow;
    }

    /**
     * An engine whose every task, HTTP calls included, runs on {@code scheduler}: a small bounded
     * pool of named threads on a controller, one daemon thread in the CLI, a
     * {@link VirtualTimeScheduler} on simulated time.
     */
    public static Builder builder(Scheduler scheduler, Clock clock) {
        return new Builder(scheduler, clock);
    }

    /**
     * Resolves, triggers and waits, as {@code settings} say.
     *
     * @throws io.jenkins.plugins.hss.core.model.InvalidSettingsException listing every problem of the settings
     */
    public ScanRun start(ScanSettings settings, Connection connection, WatchListener listener) {
        BatchScanRequest request = checked(settings);
        return ScanRun.start(settings, request, poller(connection, request.projectId()), listener);
    }

    /** Goes on waiting from a saved state, without triggering again. */
    public ScanRun resume(WaitSnapshot state, ScanSettings settings, Connection connection, WatchListener listener) {
        BatchScanRequest request = checked(settings);
        return ScanRun.resume(state, settings, request, poller(connection, request.projectId()), listener);
    }

    /**
     * Proves the endpoint, the credentials and the project together: one call of the smallest
     * page of the private image list, through the budget like any other (and retried as any read,
     * for at most {@link #TEST_CONNECTION_TIME}). Completes with how many private images the
     * project holds; cancelling it before its turn withdraws the call.
     */
    public CompletableFuture<Integer> testConnection(Connection connection, String projectId) {
        Objects.requireNonNull(projectId, "projectId");
        SharedPoller poller = poller(connection, projectId);
        return poller.call(ApiName.SWR_REPOSITORY, poller.count(SwrImageQuery.builder(ImageType.PRIVATE_IMAGE).build()),
                CallPolicy.read(clock.instant().plus(TEST_CONNECTION_TIME)));
    }

    /** Stops looking for idle budgets and releases the clients; the face shuts its scheduler down. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (housekeeping != null) {
                housekeeping.cancel();
                housekeeping = null;
            }
        }
        budgets.values().forEach(BudgetedHss::close);
        budgets.clear();
    }

    /** The poller of {@code projectId} in the budget of the connection's user. */
    SharedPoller poller(Connection connection, String projectId) {
        return poller(connection, projectId, () -> connection.client(clock));
    }

    /**
     * As {@link #poller(Connection, String)}, with the client from {@code clients} whenever one is
     * made (the first time, and when the connection's fingerprint changed).
     */
    SharedPoller poller(Connection connection, String projectId, Supplier<HssApi> clients) {
        String fingerprint = connection.fingerprint();
        SharedPoller[] poller = new SharedPoller[1];
        // In compute, so that the housekeeping never forgets a budget that a run is being given.
        budgets.compute(connection.budgetKey(), (key, known) -> {
            BudgetedHss hss = known != null ? known
                    : new BudgetedHss(clients.get(), fingerprint, scheduler, clock, budget, records(key), triggerWindow);
            // The batch-scan poller: a run moves to the poller of the API it uses (ScanRun), on the same budget.
            poller[0] = hss.poller(projectId, ScanPort.BATCH_SCAN, fingerprint, clients);
            return hss;
        });
        armHousekeeping();
        return poller[0];
    }

    /** How many users' budgets the engine holds now. */
    int budgetsHeld() {
        return budgets.size();
    }

    private CallRecords records(BudgetKey key) {
        return ledger == null ? CallRecords.inMemory() : new CallLedger(ledger, key, budget, clock);
    }

    /** The request {@code settings} describe: every problem at once, before a budget is looked up for their project. */
    private static BatchScanRequest checked(ScanSettings settings) {
        return Objects.requireNonNull(settings, "settings").toRequest();
    }

    private synchronized void armHousekeeping() {
        if (housekeeping == null && !closed) {
            housekeeping = scheduler.schedule(this::forgetIdle, HOUSEKEEPING);
        }
    }

    private void forgetIdle() {
        synchronized (this) {
            housekeeping = null;
        }
        for (BudgetKey key : budgets.keySet()) {
            budgets.computeIfPresent(key, (k, hss) -> {
                if (!hss.isIdle(idleTime)) {
                    return hss;
                }
                hss.close();
                return null;
            });
        }
        if (!budgets.isEmpty()) {
            armHousekeeping();
        }
    }

    /** How the engine is made; only the scheduler and the clock are required. */
    public static final class Builder {
        private final Scheduler scheduler;
        private final Clock clock;
        private CallBudget budget = CallBudget.HSS_DEFAULT;
        private Path ledger;
        private Duration idleTime = DEFAULT_IDLE_TIME;
        private Duration triggerWindow = DEFAULT_TRIGGER_WINDOW;

        private Builder(Scheduler scheduler, Clock clock) {
            this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
            this.clock = Objects.requireNonNull(clock, "clock");
        }

        /** How fast each API may be called; HSS's 5 calls a minute per user by default. */
        public Builder budget(CallBudget value) {
            budget = Objects.requireNonNull(value, "budget");
            return this;
        }

        /**
         * Keeps each user's record of recent calls in a ledger file in {@code directory}, which
         * every process using the same directory honours (see {@link CallLedger}), instead of in
         * this process only. The directory is made if missing (readable by its owner only).
         *
         * @throws IOException when the directory cannot be made or written, before anything is sent
         */
        public Builder sharedLedger(Path directory) throws IOException {
            Path dir = directory.toAbsolutePath().normalize();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (Files.getFileStore(dir).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
            if (!Files.isWritable(dir)) {
                throw new AccessDeniedException(dir.toString(), null, "not writable");
            }
            ledger = dir;
            return this;
        }

        /** How long a user's budget stays unused (and quiet) before it is forgotten; 10 minutes by default. */
        public Builder idleTime(Duration value) {
            idleTime = Objects.requireNonNull(value, "idleTime");
            return this;
        }

        /**
         * How long a batch scan waits for other runs of the same user, project and body (but the
         * image list) to join it; 2 s by default, zero to send each as soon as the budget allows
         * (runs that come while it waits for its turn still join it).
         */
        public Builder triggerWindow(Duration value) {
            if (value.isNegative()) {
                throw new IllegalArgumentException("the trigger window cannot be negative: " + value);
            }
            triggerWindow = value;
            return this;
        }

        public HssEngine build() {
            return new HssEngine(this);
        }
    }
}
