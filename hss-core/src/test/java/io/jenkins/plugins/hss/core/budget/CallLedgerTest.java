package io.jenkins.plugins.hss.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.hss.simulator.HssSimulator;
import io.jenkins.plugins.hss.simulator.MutableClock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budget of a user in a file that several processes share, and what it does with a bad file
 * (the engines of several processes on one ledger: {@code watch.SharedLedgerTest}).
 */
class CallLedgerTest {

    private static final BudgetKey KEY = new BudgetKey("ak:" + HssSimulator.DEMO_ACCESS_KEY, "https://hss.example");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void aCallIsRecordedUnderANameThatHidesTheIdentityAndOldCallsAreDropped() throws IOException {
        CallWindow budget = budget(new CallLedger(dir, KEY, CallBudget.HSS_DEFAULT, clock));
        assertThat(budget.tryTake()).isTrue();
        clock.advance(Duration.ofSeconds(61));
        assertThat(budget.tryTake()).isTrue();

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .hasSize(2).allMatch(name -> name.matches("[0-9a-f]{32}\\.(lock|ledger)"));
        }
        assertThat(Files.readAllLines(new CallLedger(dir, KEY, CallBudget.HSS_DEFAULT, clock).file()))
                .containsExactly(CallLedger.HEADER, "call swr-repository " + clock.instant().toEpochMilli());
    }

    @Test
    void aLedgerThatCannotBeReadCountsAsFullForOneWindowAndIsWrittenAfresh() throws IOException {
        CallLedger ledger = new CallLedger(dir, KEY, CallBudget.HSS_DEFAULT, clock);
        Files.writeString(ledger.file(), "call swr-repository yesterday\n", StandardCharsets.UTF_8);
        CallWindow budget = budget(ledger);

        assertThat(budget.tryTake()).isFalse();
        assertThat(budget.nextSlot()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(Files.readAllLines(ledger.file())).first().isEqualTo(CallLedger.HEADER);

        clock.advance(Duration.ofMinutes(1));
        assertThat(budget.tryTake()).isTrue();
    }

    @Test
    void aLedgerThatCannotBeOpenedAdmitsNoCallForOneWindow() throws IOException {
        CallLedger ledger = new CallLedger(dir, KEY, CallBudget.HSS_DEFAULT, clock);
        // The lock file's name taken by a directory: it cannot be opened as a file.
        Files.createDirectory(ledger.file().resolveSibling(ledger.file().getFileName().toString()
                .replace(".ledger", ".lock")));
        CallWindow budget = budget(ledger);

        assertThat(budget.tryTake()).isFalse();
        assertThat(budget.nextSlot()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
    }

    @Test
    void aPauseAfterA429HoldsEveryProcess() {
        Instant until = clock.instant().plus(Duration.ofSeconds(30));
        budget(new CallLedger(dir, KEY, CallBudget.HSS_DEFAULT, clock)).pauseUntil(until);

        CallWindow another = budget(new CallLedger(dir, KEY, CallBudget.HSS_DEFAULT, clock));

        assertThat(another.nextSlot()).isEqualTo(until);
        assertThat(another.isQuiet()).isFalse();
    }

    private CallWindow budget(CallLedger ledger) {
        return new CallWindow(ApiName.SWR_REPOSITORY, CallBudget.HSS_DEFAULT.limit(ApiName.SWR_REPOSITORY), clock, ledger);
    }
}
