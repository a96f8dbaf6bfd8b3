package io.jenkins.plugins.hss.core.watch;

import io.jenkins.plugins.hss.core.client.HssApi;
import io.jenkins.plugins.hss.core.client.Paging;
import io.jenkins.plugins.hss.core.client.SwrImageQuery;
import io.jenkins.plugins.hss.core.model.SwrImage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The one poller of a credential and project: every wait in the process subscribes here, each
 * poll lists the images of all of them in shared queries, and every call (polls, triggers,
 * vulnerability pages) goes through one queue per API that keeps to the {@link CallBudget}. A 429
 * pauses the whole queue, so it slows every wait on the credential, not one build.
 * Obtain it from a {@link PollerRegistry}; it runs only while some wait is subscribed.
 */
public final class SharedPoller {

    private volatile HssApi api;
    private final Scheduler scheduler;
    private final Clock clock;
    private final CallBudget budget;
    private final ServiceClock serviceClock;
    private final Map<Api, CallQueue> queues = new EnumMap<>(Api.class);
    private final List<PollSubscriber> subscribers = new CopyOnWriteArrayList<>();
    private final List<Consumer<CallQueue.Throttling>> throttleWatchers = new CopyOnWriteArrayList<>();
    private Cancellable armed;
    private Instant armedFor;
    private CompletableFuture<Sweep> sweeping;

    public SharedPoller(HssApi api, Scheduler scheduler, Clock clock, CallBudget budget) {
        this.api = Objects.requireNonNull(api, "api");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.serviceClock = new ServiceClock(clock);
        RetryRule retries = new RetryRule(new Random());
        for (Api each : Api.values()) {
            queues.put(each, new CallQueue(each, budget.limit(each), scheduler, clock, retries, this::throttled));
        }
    }

    public HssApi api() {
        return api;
    }

    /**
     * Sends every later call with {@code replacement}, e.g. a client with a rotated secret of the
     * same identity. The queues and their budget stay: HSS still counts the same user.
     */
    void replaceApi(HssApi replacement) {
        api = Objects.requireNonNull(replacement, "replacement");
    }

    public Clock clock() {
        return clock;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    /** The service's clock, as the list responses tell it. */
    ServiceClock serviceClock() {
        return serviceClock;
    }

    int pageSize() {
        return budget.pageSize();
    }

    /** Requests sent so far, per API, for all waits together, every attempt counted. */
    public Map<Api, Integer> requestsSent() {
        Map<Api, Integer> sent = new EnumMap<>(Api.class);
        queues.forEach((each, queue) -> sent.put(each, queue.callsMade()));
        return sent;
    }

    /** Makes one call when the API's budget admits it, and again as {@code policy} allows. */
    <T> CompletableFuture<T> call(Api target, ApiCall<T> call, CallPolicy policy) {
        return queues.get(target).submit(call, policy);
    }

    /** Every page of a list API, through that API's budget. */
    <T> CompletableFuture<PagedCall.Listing<T>> listAll(Api target, CallPolicy policy, PagedCall.Source<T> source) {
        return PagedCall.all(queues.get(target), target, policy, budget.pageSize(), source);
    }

    /** The pages of a repository listing, each response telling the service's clock. */
    PagedCall.Source<SwrImage> pages(SwrImageQuery query) {
        return (offset, limit) -> {
            var page = api.listSwrImages(query, offset, limit);
            serviceClock.observe(page.serverDate());
            return new PagedCall.Page<>(page.totalNum(), page.images());
        };
    }

    /** How many images {@code query} selects: one call, of the smallest page. */
    ApiCall<Integer> count(SwrImageQuery query) {
        return () -> pages(query).fetch(0, Paging.MIN_LIMIT).total();
    }

    /** A poll's listing of {@code pages} in {@code order}, every attempt counted in {@code attempts}. */
    private CompletableFuture<PagedCall.Listing<SwrImage>> pollListing(PagedCall.Source<SwrImage> pages, CallPolicy policy,
                                                                       AtomicInteger attempts,
                                                                       PagedCall.Order<SwrImage> order) {
        return PagedCall.all(queues.get(Api.SWR_REPOSITORY), Api.SWR_REPOSITORY, policy, budget.pageSize(),
                (offset, limit) -> {
                    attempts.incrementAndGet();
                    return pages.fetch(offset, limit);
                }, order);
    }

    /** A selection's listing, noting when its first page went out, on our clock and the service's. */
    private CompletableFuture<PagedCall.Listing<SwrImage>> listSelection(SwrImageQuery query, CallPolicy policy,
                                                                         AtomicInteger attempts,
                                                                         AtomicReference<SelectionListing.Sent> sent) {
        PagedCall.Source<SwrImage> pages = pages(query);
        return pollListing((offset, limit) -> {
            sent.compareAndSet(null, new SelectionListing.Sent(clock.instant(), serviceClock.now().orElse(null)));
            return pages.fetch(offset, limit);
        }, policy, attempts, PagedCall.Order.once());
    }

    /**
     * Tells {@code watcher} of every 429 on this poller's queues until the returned handle is
     * cancelled: a run hears of throttling from its first call on, before it subscribes to polls.
     */
    Cancellable watchThrottling(Consumer<CallQueue.Throttling> watcher) {
        throttleWatchers.add(watcher);
        return () -> throttleWatchers.remove(watcher);
    }

    void subscribe(PollSubscriber subscriber) {
        subscribers.add(subscriber);
        arm();
    }

    void unsubscribe(PollSubscriber subscriber) {
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
        armed = scheduler.schedule(this::poll, Duration.between(clock.instant(), due));
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
        // Its calls serve every wait subscribed, so they may go on until the last of their deadlines.
        CallPolicy policy = CallPolicy.read(subscribers.stream().map(PollSubscriber::deadline).max(Instant::compareTo)
                .orElseThrow());
        AtomicInteger attempts = new AtomicInteger();
        PollResult poll = new PollResult();
        CompletableFuture<PollResult> listed = CompletableFuture.completedFuture(poll);
        for (CoverageQuery query : CoverageQuery.cover(interests())) {
            // Created when its listing starts, so that a revisit waits a poll interval from then on.
            listed = listed.thenCompose(result -> pollListing(pages(query.query()), policy, attempts,
                    new PageRevisits(query, clock, interval)).thenApply(listing -> result.add(query.imageType(), listing)));
        }
        for (SwrImageQuery query : selections()) {
            AtomicReference<SelectionListing.Sent> sent = new AtomicReference<>();
            listed = listed.thenCompose(result -> listSelection(query, policy, attempts, sent)
                    .thenApply(listing -> result.add(query, listing, sent.get())));
        }
        sweep.whenComplete((done, error) -> finishSweep(done, error, attempts.get()));
        listed.whenComplete((result, error) -> {
            if (error == null) {
                sweep.complete(new Sweep(clock.instant(), result.seen.images(), result.seen.contradictions(),
                        result.selected, attempts.get()));
            } else {
                sweep.completeExceptionally(error);
            }
        });
    }

    /** What a poll listed so far. */
    private static final class PollResult {
        private final ListedRows seen = new ListedRows();
        private final Map<SwrImageQuery, SelectionListing> selected = new HashMap<>();

        PollResult add(String imageType, PagedCall.Listing<SwrImage> listing) {
            // A page read again shows its images at a later moment; ListedRows keeps the later one.
            listing.items().forEach(image -> seen.add(image, imageType));
            return this;
        }

        PollResult add(SwrImageQuery query, PagedCall.Listing<SwrImage> listing, SelectionListing.Sent sent) {
            selected.put(query, new SelectionListing(listing.items(), sent, listing.unchanged()));
            return this;
        }
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
            Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
            subscribers.forEach(subscriber -> subscriber.onPollFailed(cause, requests));
        }
        arm();
    }

    private void throttled(CallQueue.Throttling throttling) {
        throttleWatchers.forEach(watcher -> watcher.accept(throttling));
    }
}
