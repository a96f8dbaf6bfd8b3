package io.jenkins.plugins.hss.core.budget;

import io.jenkins.plugins.hss.core.auth.SecretDigest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The {@link CallRecords} of one user and endpoint in a file that every process of the user on the
 * machine honours, so that parallel {@code hss-scan} runs of one CI agent wait their turn instead
 * of meeting 429s. The records are read, decided on and written back under an exclusive lock,
 * held for that step only (never while a call waits or runs).
 *
 * <p>Two files per budget in the directory, named by a SHA-256 prefix of the identity and the
 * endpoint (never the identity in clear): {@code NAME.lock}, an empty file whose
 * {@link FileLock} every process takes, and {@code NAME.ledger}, the records, replaced whole by an
 * atomic rename under that lock, so that a process killed while writing never leaves half a
 * ledger. The ledger is text:
 *
 * <pre>
 * hss-scan call ledger 1
 * call batch-scan 1767225600000
 * pause swr-repository 1767225660000
 * </pre>
 *
 * one line per call of each API's last window and per 429 pause still running (epoch
 * milliseconds); older lines are dropped on every write, lines of an API this version does not
 * call are skipped. Fail-safe: a ledger that cannot be read as such (a stranger's file, a foreign
 * version, a line that is not one of these) counts as full for one window of each API from
 * now, which is written back, since the calls it should have held are all over by then; a ledger
 * that cannot be opened, locked or written admits no call for one window, and is tried again then.
 * Neither ever lets a call exceed the limit; a broken ledger only delays.
 *
 * <p>A {@link FileLock} is held for the whole JVM, so threads (and two engines of one JVM, as the
 * tests run them) also take a lock of this class per file first.
 */
public final class CallLedger implements CallRecords {

    static final String HEADER = "hss-scan call ledger 1";
    private static final Map<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path lock;
    private final Path ledger;
    private final CallBudget budget;
    private final Clock clock;

    public CallLedger(Path directory, BudgetKey key, CallBudget budget, Clock clock) {
        String name = SecretDigest.sha256(key.identity(), key.endpoint()).substring(0, 32);
        Path dir = directory.toAbsolutePath().normalize();
        this.lock = dir.resolve(name + ".lock");
        this.ledger = dir.resolve(name + ".ledger");
        this.budget = budget;
        this.clock = clock;
    }

    /** The file holding the records. */
    Path file() {
        return ledger;
    }

    @Override
    public <T> T update(ApiName api, Function<CallRecord, T> step) {
        Instant now = clock.instant();
        synchronized (IN_PROCESS.computeIfAbsent(lock, path -> new Object())) {
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock held = channel.lock()) {
                Map<ApiName, CallRecord> records = read(now);
                T result = step.apply(records.get(api));
                write(records, now);
                return result;
            } catch (IOException e) {
                return step.apply(fullForOneWindow(now).get(api));
            }
        }
    }

    private Map<ApiName, CallRecord> read(Instant now) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(ledger, StandardCharsets.UTF_8);
        } catch (NoSuchFileException first) {
            return empty();
        }
        Map<ApiName, CallRecord> records = parse(lines);
        return records == null ? fullForOneWindow(now) : records;
    }

    /** The records {@code lines} hold; null when they are not a ledger of this version. */
    private static Map<ApiName, CallRecord> parse(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            return null;
        }
        Map<ApiName, CallRecord> records = empty();
        for (String line : lines.subList(1, lines.size())) {
            String[] words = line.split(" ");
            Instant at = words.length == 3 ? epochMillis(words[2]) : null;
            if (at == null || !words[0].equals("call") && !words[0].equals("pause")) {
                return null;
            }
            // An API this version does not call is not its budget's business.
            ApiName api = byLabel(words[1]);
            if (api != null && words[0].equals("call")) {
                records.get(api).add(at);
            } else if (api != null) {
                records.get(api).pauseUntil(at);
            }
        }
        return records;
    }

    private void write(Map<ApiName, CallRecord> records, Instant now) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        records.forEach((api, record) -> {
            record.forget(now, budget.limit(api).per());
            record.calls().forEach(call -> text.append("call ").append(api.label()).append(' ')
                    .append(call.toEpochMilli()).append('\n'));
            if (record.pausedUntil().isAfter(now)) {
                text.append("pause ").append(api.label()).append(' ').append(record.pausedUntil().toEpochMilli())
                        .append('\n');
            }
        });
        Path written = Files.createTempFile(ledger.getParent(), ledger.getFileName().toString(), ".tmp");
        try {
            Files.writeString(written, text, StandardCharsets.UTF_8);
            Files.move(written, ledger, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(written);
        }
    }

    private Map<ApiName, CallRecord> fullForOneWindow(Instant now) {
        Map<ApiName, CallRecord> records = empty();
        records.forEach((api, record) -> record.pauseUntil(now.plus(budget.limit(api).per())));
        return records;
    }

    private static Map<ApiName, CallRecord> empty() {
        Map<ApiName, CallRecord> records = new EnumMap<>(ApiName.class);
        for (ApiName api : ApiName.values()) {
            records.put(api, new CallRecord());
        }
        return records;
    }

    private static ApiName byLabel(String label) {
        for (ApiName api : ApiName.values()) {
            if (api.label().equals(label)) {
                return api;
            }
        }
        return null;
    }

    private static Instant epochMillis(String text) {
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
