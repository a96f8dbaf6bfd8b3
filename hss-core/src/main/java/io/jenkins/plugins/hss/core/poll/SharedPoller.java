package io.jenkins.plugins.hss.core.poll;

import io.jenkins.plugins.hss.core.budget.ApiCall;
import io.jenkins.plugins.hss.core.budget.ApiName;
import io.jenkins.plugins.hss.core.budget.CallPolicy;
import io.jenkins.plugins.hss.core.budget.CallQueue;
import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.Paging;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.BatchScanRequest;
import io.jenkins.plugins.hss.core.model.SwrImage;
import io.jenkins.plugins.hss.core.time.Cancellable;
import io.jenkins.plugins.hss.core.time.Futures;
import io.jenkins.plugins.hss.core.time.Scheduler;
import io.jenkins.plugins.hss.core.time.ServiceClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The poller of one project of a {@link BudgetedHss}: every wait on the project subscribes here,
 * and each poll lists the images of all of them in shared queries. Every call (polls, triggers,
 * vulnerability pages) goes through the queues of the user's budget, which all projects of the
 * user share; a 429 pauses a whole queue, so it slows every wait of the user, not one build. It
 * runs only while some wait is subscribed. The project's triggers are shared here too: runs that
 * trigger the same body within the window join one batch scan ({@code SharedTrigger}); the poller
 * only keeps the batches still open, so that it need not know what a batch is made of.
 */
public final class SharedPoller {

    /** A batch scan still taking members, of parts of type {@code P}. */
    public interface OpenTrigger<P> {
        /** Takes {@code part} if the call did not go out yet and its images fit; whether it did. */
        boolean join(P part);
    }

    private final BudgetedHss hss;
    private final String projectId;
    private final ScanPort port;
    private final List<PollSubscriber> subscribers = new CopyOnWriteArrayList<>();
    /** The batch scans still taking members, by the body they send but its image list. */
    private final Map<BatchScanRequest, OpenTrigger<?>> openTriggers = new HashMap<>();
    private Cancellable armed;
    private Instant armedFor;
    private CompletableFuture<Sweep> sweeping;

    /** @param port the API this poller's triggers and polls speak: a project has a poller per API */
    SharedPoller(BudgetedHss hss, String projectId, ScanPort port) {
        this.hss = Objects.requireNonNull(hss, "hss");
        this.projectId = Objects.requireNonNull(projectId, "projectId");
        this.port = Objects.requireNonNull(port, "port");
    }

    /** The API this poller triggers and lists through. */
    public ScanPort port() {
        return port;
    }

    /** The poller of the same project and budget that speaks {@code other}. */
    public SharedPoller on(ScanPort other) {
        return other == port ? this : hss.poller(projectId, other);
    }

    /** Whether the service offers the newer image API, asked once per budget. */
    public CompletableFuture<Boolean> newerApiOffered(CallPolicy policy, Runnable counted) {
        return hss.newerApiOffer().ask(projectId, policy, counted);
    }

    /** The budget of this poller's image list. */
    public ApiName listApi() {
        return port.listApi();
    }

    /** The client of the user's current connection settings; only for calls made through this poller's queues. */
    public HssApi api() {
        return hss.api();
    }

    /** The {@code project_id} of this poller's calls. */
    public String projectId() {
        return projectId;
    }

    public Clock clock() {
        return hss.clock();
    }

    public Scheduler scheduler() {
        return hss.scheduler();
    }

    /** The service's clock, as the list responses tell it. */
    public ServiceClock serviceClock() {
        return hss.serviceClock();
    }

    public int pageSize() {
        return hss.pageSize();
    }

    /** How long a batch scan waits for other runs to join it. */
    public Duration triggerWindow() {
        return hss.triggerWindow();
    }

    /**
     * Sends {@code part} with the open batch scan of {@code shape} (the body but its image list),
     * or in a new one that {@code open} makes when there is none or it is full; the new batch calls
     * the runnable it is made with once it takes no more members.
     */
    public <P> void trigger(BatchScanRequest shape, P part, Function<Runnable, OpenTrigger<P>> open) {
        synchronized (openTriggers) {
            // Every batch of a shape is made by the same opener (SharedTrigger's), of the same parts.
            @SuppressWarnings("unchecked")
            OpenTrigger<P> current = (OpenTrigger<P>) openTriggers.get(shape);
            if (current != null && current.join(part)) {
                return;
            }
            List<OpenTrigger<P>> batch = new ArrayList<>(1);
            batch.add(open.apply(() -> {
                synchronized (openTriggers) {
                    openTriggers.remove(shape, batch.get(0));
                }
            }));
            openTriggers.put(shape, batch.get(0));
            batch.get(0).join(part);
        }
    }

    /** Makes one call when the API's budget admits it, and again as {@code policy} allows. */
    public <T> CompletableFuture<T> call(ApiName target, ApiCall<T> call, CallPolicy policy) {
        return hss.call(target, call, policy);
    }

    /** Every page of a list API, through that API's budget. */
    public <T> CompletableFuture<PagedCall.Listing<T>> listAll(ApiName target, CallPolicy policy, PagedCall.Source<T> source) {
        return PagedCall.all(hss.queue(target), target, policy, pageSize(), source);
    }

    /** The pages of a repository listing, each response telling the service's clock. */
    public PagedCall.Source<SwrImage> pages(SwrImageQuery query) {
        return (offset, limit) -> {
            var page = port.list(api(), projectId, query, offset, limit);
            serviceClock().observe(page.serverDate());
            return page;
        };
    }

    /** How many images {@code query} selects: one call, of the smallest page. */
    public ApiCall<Integer> count(SwrImageQuery query) {
        return () -> pages(query).fetch(0, Paging.MIN_LIMIT).totalNum();
    }

    /** A poll's listing of {@code pages} in {@code order}, read by {@code reader}, every attempt counted in {@code attempts}. */
    private <R> CompletableFuture<R> pollListing(PagedCall.Source<SwrImage> pages, CallPolicy policy, AtomicInteger attempts,
                                                 PagedCall.Order<SwrImage> order, PagedCall.Reader<SwrImage, R> reader) {
        return PagedCall.read(hss.queue(listApi()), listApi(), policy, pageSize(),
                (offset, limit) -> {
                    attempts.incrementAndGet();
                    return pages.fetch(offset, limit);
                }, order, reader);
    }

    /** {@code pages}, noting in {@code sent} when the first page went out, on our clock and the service's. */
    private PagedCall.Source<SwrImage> sentNoted(PagedCall.Source<SwrImage> pages,
                                                 AtomicReference<SelectionListing.Sent> sent) {
        return (offset, limit) -> {
            sent.compareAndSet(null, new SelectionListing.Sent(clock().instant(), serviceClock().now().orElse(null)));
            return pages.fetch(offset, limit);
        };
    }

    /**
     * Tells {@code watcher} of every 429 on the user's queues until the returned handle is
     * cancelled: a run hears of throttling from its first call on, before it subscribes to polls.
     */
    public Cancellable watchThrottling(Consumer<CallQueue.Throttling> watcher) {
        return hss.watchThrottling(watcher);
    }

    /** No wait subscribed, no poll armed or running. */
    synchronized boolean isIdle() {
        return subscribers.isEmpty() && armed == null && sweeping == null;
    }

    public void subscribe(PollSubscriber subscriber) {
        subscribers.add(subscriber);
        arm();
    }

    public void unsubscribe(PollSubscriber subscriber) {
        subscribers.remove(subscriber);
        if (subscribers.isEmpty()) {
            stop();
        }
    }

    private synchronized void stop() {
        if (armed != null) {
            armed.cancel();
            armed = null;
        }
        if (sweeping != null) {
            sweeping.cancel(false);
        }
    }

    private synchronized void arm() {
        if (sweeping != null || subscribers.isEmpty()) {
            return;
        }
        Instant due = subscribers.stream().map(PollSubscriber::nextPollDue).min(Instant::compareTo).orElseThrow();
        if (armed != null && !armedFor.isAfter(due)) {
            return;
        }
        if (armed != null) {
            armed.cancel();
        }
        armedFor = due;
        armed = scheduler().schedule(this::poll, Duration.between(clock().instant(), due));
    }

    private void poll() {
        CompletableFuture<Sweep> sweep;
        synchronized (this) {
            armed = null;
            if (sweeping != null || subscribers.isEmpty()) {
                return;
            }
            sweep = new CompletableFuture<>();
            sweeping = sweep;
        }
        Duration interval = subscribers.stream().map(PollSubscriber::pollInterval).min(Duration::compareTo)
                .orElseThrow();
        // Its calls serve every wait subscribed, so they may go on until the last of their deadlines;
        // they spend what the budget's margin leaves, never the margin itself.
        CallPolicy policy = CallPolicy.poll(subscribers.stream().map(PollSubscriber::deadline).max(Instant::compareTo)
                .orElseThrow());
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Sweep> listed = CompletableFuture.completedFuture(new Sweep());
        for (CoverageQuery query : CoverageQuery.cover(interests())) {
            AtomicReference<SelectionListing.Sent> sent = new AtomicReference<>();
            // Created when its listing starts, so that a revisit waits a poll interval from then on.
            listed = listed.thenCompose(result -> pollListing(sentNoted(pages(query.query()), sent), policy, attempts,
                    new PageRevisits(query, clock(), interval), result.listing(query, sent::get)));
        }
        for (SwrImageQuery query : selections()) {
            AtomicReference<SelectionListing.Sent> sent = new AtomicReference<>();
            listed = listed.thenCompose(result -> pollListing(sentNoted(pages(query), sent), policy, attempts,
                    PagedCall.Order.once(), PagedCall.<SwrImage>items())
                    .thenApply(listing -> result.selection(query, listing, sent.get())));
        }
        sweep.whenComplete((done, error) -> finishSweep(done, error, attempts.get()));
        listed.whenComplete((result, error) -> {
            if (error == null) {
                sweep.complete(result.done(clock().instant(), attempts.get(), Math.max(1, subscribers.size())));
            } else {
                sweep.completeExceptionally(error);
            }
        });
    }

    private List<SwrImageQuery> selections() {
        // Distinct: two waits on one selection share its listing.
        return subscribers.stream().flatMap(subscriber -> subscriber.selections().stream()).distinct().toList();
    }

    private List<Interest> interests() {
        List<Interest> all = new ArrayList<>();
        subscribers.forEach(subscriber -> all.addAll(subscriber.interests()));
        return all;
    }

    private void finishSweep(Sweep sweep, Throwable error, int requests) {
        synchronized (this) {
            sweeping = null;
        }
        if (error == null) {
            subscribers.forEach(subscriber -> subscriber.onSweep(sweep));
        } else if (!(error instanceof java.util.concurrent.CancellationException)) {
            Throwable cause = Futures.cause(error);
            int served = Math.max(1, subscribers.size());
            subscribers.forEach(subscriber -> subscriber.onPollFailed(cause, requests, served));
        }
        arm();
    }
}
