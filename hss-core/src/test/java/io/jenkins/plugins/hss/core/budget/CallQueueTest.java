package io.jenkins.plugins.hss.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.core.client.HssApiException;
import io.jenkins.plugins.hss.core.client.HssConnectionException;
import io.jenkins.plugins.hss.core.time.VirtualTimeScheduler;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The one retry mechanism: what the queue sends again, when, and that every attempt spends the budget. */
class CallQueueTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final CallPolicy READ = CallPolicy.read(START.plus(Duration.ofHours(1)));
    private static final CallPolicy TRIGGER = CallPolicy.stateChanging(START.plus(Duration.ofHours(1)));

    private final MutableClock clock = new MutableClock(START);
    private final VirtualTimeScheduler scheduler = new VirtualTimeScheduler(clock, clock::advance);
    private final List<CallQueue.Throttling> throttled = new ArrayList<>();
    /** nextDouble() is always 0.5: half of each backoff cap. */
    private final CallQueue queue = new CallQueue(ApiName.SWR_REPOSITORY,
            new CallWindow(ApiName.SWR_REPOSITORY, RateLimit.HSS_PER_USER, clock, CallRecords.inMemory()), scheduler, clock,
            new RetryRule(() -> 1L << 63), throttled::add);

    private <T> T run(CompletableFuture<T> call) {
        scheduler.runUntil(call::isDone, Duration.ofHours(2));
        return call.join();
    }

    /** A call that fails with {@code failures} in turn, then answers with the instants of its attempts. */
    private ApiCall<List<Instant>> failing(IOException... failures) {
        List<Instant> attempts = new ArrayList<>();
        return () -> {
            attempts.add(clock.instant());
            if (attempts.size() <= failures.length) {
                throw failures[attempts.size() - 1];
            }
            return attempts;
        };
    }

    private static HssApiException status(int status) {
        return new HssApiException(status, "APIG.0201", "backend", "r", null);
    }

    @Test
    void spreadsCallsSoThatNoMinuteHoldsMoreThanFive() {
        List<Instant> sent = new ArrayList<>();
        List<CompletableFuture<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            results.add(queue.submit(() -> {
                sent.add(clock.instant());
                return n;
            }, READ));
        }

        scheduler.runUntil(() -> results.stream().allMatch(CompletableFuture::isDone), Duration.ofHours(1));

        assertThat(results).allMatch(f -> !f.isCompletedExceptionally());
        assertWithinBudget(sent);
        assertThat(queue.callsMade()).isEqualTo(12);
    }

    @Test
    void pollsLeaveTheMarginOfEveryWindowAndAnotherCallTakesIt() {
        CallQueue margined = new CallQueue(ApiName.SWR_REPOSITORY,
                new CallWindow(ApiName.SWR_REPOSITORY, RateLimit.HSS_PER_USER, clock, CallRecords.inMemory()), 1, scheduler,
                clock, new RetryRule(() -> 1L << 63), throttled::add);
        CallPolicy poll = CallPolicy.poll(START.plus(Duration.ofHours(1)));
        List<Instant> polls = new ArrayList<>();
        List<CompletableFuture<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            results.add(margined.submit(() -> polls.add(clock.instant()), poll));
        }
        List<Instant> other = new ArrayList<>();
        results.add(margined.submit(() -> other.add(clock.instant()), READ));

        scheduler.runUntil(() -> results.stream().allMatch(CompletableFuture::isDone), Duration.ofHours(1));

        for (Instant call : polls) {
            assertThat(polls.stream().filter(t -> !t.isBefore(call) && t.isBefore(call.plusSeconds(60))).count())
                    .as("polls in the minute from %s", call).isLessThanOrEqualTo(4);
        }
        assertThat(other).as("the call behind four polls takes the free slot at once").containsExactly(START);
        assertThat(polls).hasSize(12);
    }

    @Test
    void aCallCancelledBeforeItsTurnIsNeverSent() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            queue.submit(() -> sent.add("filler"), READ);
        }
        CompletableFuture<Boolean> late = queue.submit(() -> sent.add("late"), READ);
        late.cancel(false);

        scheduler.runUntil(() -> false, Duration.ofHours(1));

        assertThat(sent).containsOnly("filler");
    }

    @Test
    void aTransientFailureIsSentAgainWithBackoffAndEveryAttemptSpendsTheBudget() {
        List<Instant> attempts = run(queue.submit(failing(status(503), status(502), new HssConnectionException("GET x",
                "h", new IOException("reset"))), READ));

        // Half (the injected random) of the caps 2 s, 4 s, 8 s.
        assertThat(attempts).containsExactly(START, START.plusSeconds(1), START.plusSeconds(3), START.plusSeconds(7));
        assertThat(queue.callsMade()).isEqualTo(4);
    }

    /** How many attempts a call that always fails with {@code error} gets before its caller sees the error. */
    private int attemptsOfACallFailingWith(IOException error, CallPolicy policy) {
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Object> call = queue.submit(() -> {
            attempts.incrementAndGet();
            throw error;
        }, policy);

        scheduler.runUntil(call::isDone, Duration.ofHours(1));

        assertThat(call).isCompletedExceptionally();
        assertThat(call.handle((value, failure) -> failure).join()).isSameAs(error);
        return attempts.get();
    }

    @Test
    void aCallThatKeepsFailingGivesUpAfterFourAttemptsWithTheLastError() {
        assertThat(attemptsOfACallFailingWith(status(500), READ)).isEqualTo(RetryRule.MAX_ATTEMPTS);
    }

    @Test
    void aClientErrorIsNotSentAgain() {
        assertThat(attemptsOfACallFailingWith(new HssApiException(400, "HSS.0001", "invalid param error", "r", null), READ))
                .isEqualTo(1);
    }

    @Test
    void aRetryAfterOnA5xxSetsTheBackoff() {
        List<Instant> attempts = run(queue.submit(failing(new HssApiException(503, "APIG.0201", "busy", "r",
                Duration.ofSeconds(40))), READ));

        assertThat(attempts).containsExactly(START, START.plusSeconds(40));
    }

    @Test
    void aThrottledCallPausesTheQueueAndGoesFirstWithoutCountingAsAFailure() {
        HssApiException throttle = new HssApiException(429, "APIG.0308", "throttled", "r", Duration.ofSeconds(20));
        List<Instant> attempts = run(queue.submit(failing(throttle, throttle, throttle, throttle, throttle, throttle), READ));

        assertThat(attempts).hasSize(7);
        for (int i = 1; i < attempts.size(); i++) {
            assertThat(Duration.between(attempts.get(i - 1), attempts.get(i))).isGreaterThanOrEqualTo(Duration.ofSeconds(20));
        }
        assertWithinBudget(attempts);
        assertThat(throttled).hasSize(6);
        assertThat(queue.callsMade()).isEqualTo(7);
    }

    @Test
    void aThrottleWithoutRetryAfterPausesOneWindow() {
        List<Instant> attempts = run(queue.submit(failing(new HssApiException(429, "APIG.0308", "t", "r", null)), READ));

        assertThat(attempts).containsExactly(START, START.plusSeconds(60));
    }

    @Test
    void aTriggerIsNotSentAgainAfterAnAnswerThatMayHaveExecutedIt() {
        assertThat(attemptsOfACallFailingWith(status(500), TRIGGER)).isEqualTo(1);
        assertThat(attemptsOfACallFailingWith(new HssConnectionException("POST batch-scan", "h",
                new java.net.SocketTimeoutException("read timed out")), TRIGGER)).isEqualTo(1);
    }

    @Test
    void aTriggerIsSentAgainAfterAThrottleOrAConnectionThatWasNeverMade() {
        List<Instant> attempts = run(queue.submit(failing(new HssApiException(429, "APIG.0308", "t", "r", Duration.ofSeconds(5)),
                new HssConnectionException("POST batch-scan", "h", new ConnectException("refused"))), TRIGGER));

        assertThat(attempts).hasSize(3);
    }

    @Test
    void noAttemptStartsAtTheDeadlineAndNoRetryIsPlannedPastIt() {
        CallPolicy soon = CallPolicy.read(START.plusSeconds(10));
        AtomicInteger attempts = new AtomicInteger();
        CompletableFuture<Object> throttledForLong = queue.submit(() -> {
            attempts.incrementAndGet();
            throw new HssApiException(429, "APIG.0308", "t", "r", Duration.ofSeconds(30));
        }, soon);

        scheduler.runUntil(throttledForLong::isDone, Duration.ofHours(1));

        assertThat(throttledForLong).isCompletedExceptionally();
        assertThat(attempts).hasValue(1);
        assertThat(clock.instant()).isEqualTo(START);
        for (int i = 0; i < 5; i++) {
            queue.submit(() -> "filler", soon);
        }
        CompletableFuture<String> late = queue.submit(() -> "late", soon);
        scheduler.runUntil(late::isDone, Duration.ofHours(1));
        assertThat(late).isCompletedExceptionally();
        assertThat(late.handle((value, error) -> error).join()).isInstanceOf(RunTimedOutException.class);
    }

    @Test
    void aClockThatMovesWithEveryReadingStillLetsTheCallGo() {
        // A real clock never reads the same twice: the queue once compared the budget's free slot
        // with an earlier reading, found it "still to come" each time and spun without sending.
        java.time.Clock ticking = new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                clock.advance(Duration.ofNanos(1_000));
                return clock.instant();
            }
        };
        CallQueue real = new CallQueue(ApiName.SWR_REPOSITORY,
                new CallWindow(ApiName.SWR_REPOSITORY, RateLimit.HSS_PER_USER, ticking, CallRecords.inMemory()), scheduler, ticking,
                new RetryRule(() -> 1L << 63), throttled::add);
        CompletableFuture<String> call = real.submit(() -> "sent", READ);
        int[] tasks = {0};

        scheduler.runUntil(() -> call.isDone() || ++tasks[0] > 1_000, Duration.ofMinutes(1));

        assertThat(call).isCompletedWithValue("sent");
    }

    private static void assertWithinBudget(List<Instant> sent) {
        for (Instant call : sent) {
            long inWindow = sent.stream().filter(t -> !t.isBefore(call) && t.isBefore(call.plusSeconds(60))).count();
            assertThat(inWindow).isLessThanOrEqualTo(5);
        }
    }
}
