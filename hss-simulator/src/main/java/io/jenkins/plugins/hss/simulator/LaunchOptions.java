package io.jenkins.plugins.hss.simulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/** The standalone simulator's command line; every option is documented in {@link #USAGE} and docs/simulator.md. */
final class LaunchOptions {

    static final String USAGE = String.join("\n",
            "Usage: java -jar hss-simulator.jar [options]",
            "  --port N               port on 127.0.0.1 (default 8080; 0 picks a free one)",
            "  --images N             generated scenario with N images (default 100)",
            "  --seed N               seed of the generated scenario (default 1)",
            "  --scenario FILE        read the scenario from a JSON file instead of generating one",
            "  --access-key AK        accepted access key (default the demo key)",
            "  --secret-key SK        its secret key",
            "  --security-token T     make the access key temporary: requests must carry this X-Security-Token",
            "  --iam-domain D         account (domain) name of the IAM user (default demo-account)",
            "  --iam-user U           IAM user name (default demo-user)",
            "  --iam-password P       IAM user password (default demo-password)",
            "  --project-id P         project id (default 0123456789abcdef0123456789abcdef)",
            "  --region R             region name, scopes the default project in IAM (default cn-north-4)",
            "  --token-lifetime D     IAM token lifetime (default 24h)",
            "  --rate-limit N|off     calls per minute per user and per IP, per API (default 5)",
            "  --scan-delay D         stale window: time before a triggered image leaves its old result (default 10s)",
            "  --waiting D            time in waiting_for_scan after the stale window (default 0s)",
            "  --scan-duration D      time in scanning (default 60s)",
            "  --size-limit BYTES     larger images end image_oversized (default 2147483648)",
            "  --scan-times T         fixed (default: --scan-duration for every scan) or realistic (drawn per",
            "                         image: log-normal, median about 2 min, seeded by --seed)",
            "  --concurrent-scans N   scans running at once; the others wait (default: the scenario's, no limit)",
            "  --name-matching M      fuzzy or exact name filters (default fuzzy)",
            "  --time-scale X         run simulated time X times faster than the wall clock (default 1)",
            "  --sync-period D|off    HSS's own refresh of its registry copies (default the scenario's, 24h)",
            "  --sync-duration D      how long a sync takes before pushed images are listed (default 30s)",
            "  --retry-after on|off   send Retry-After with 429 answers (default on)",
            "  --never-scanned-time zero|absent  latest_scan_time of images never scanned (default zero)",
            "  --hostile NAME         answer as a hostile service would (repeatable): " + Hostility.keys(),
            "  --help                 this text",
            "Durations: 500ms, 10s, 2m, 1h or ISO-8601 (PT10S).");

    int port = 8080;
    int images = 100;
    long seed = 1;
    Path scenarioFile;
    String accessKey = HssSimulator.DEMO_ACCESS_KEY;
    String secretKey = HssSimulator.DEMO_SECRET_KEY;
    String securityToken;
    String iamDomain = HssSimulator.DEMO_DOMAIN;
    String iamUser = HssSimulator.DEMO_USER;
    String iamPassword = HssSimulator.DEMO_PASSWORD;
    String projectId = HssSimulator.DEFAULT_PROJECT_ID;
    String region = HssSimulator.DEFAULT_REGION;
    Duration tokenLifetime = Duration.ofHours(24);
    RateLimit rateLimit = RateLimit.HSS;
    Duration scanDelay;
    Duration waiting;
    Duration scanDuration;
    Long sizeLimit;
    boolean realisticScanTimes;
    Integer concurrentScans;
    NameMatching nameMatching;
    double timeScale = 1;
    final List<Hostility> hostile = new ArrayList<>();
    boolean help;
    Duration syncPeriod;
    boolean syncOff;
    Duration syncDuration;
    boolean retryAfter = true;
    NeverScannedTime neverScannedTime = NeverScannedTime.ZERO;

    static LaunchOptions parse(List<String> args) {
        LaunchOptions options = new LaunchOptions();
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String option = rest.removeFirst();
            if (option.equals("--help")) {
                options.help = true;
                continue;
            }
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            options.set(option, rest.removeFirst());
        }
        return options;
    }

    private void set(String option, String value) {
        switch (option) {
            case "--port" -> port = Integer.parseInt(value);
            case "--images" -> images = Integer.parseInt(value);
            case "--seed" -> seed = Long.parseLong(value);
            case "--scenario" -> scenarioFile = Path.of(value);
            case "--access-key" -> accessKey = value;
            case "--secret-key" -> secretKey = value;
            case "--security-token" -> securityToken = value;
            case "--iam-domain" -> iamDomain = value;
            case "--iam-user" -> iamUser = value;
            case "--iam-password" -> iamPassword = value;
            case "--project-id" -> projectId = value;
            case "--region" -> region = value;
            case "--token-lifetime" -> tokenLifetime = DurationText.parse(value);
            case "--rate-limit" -> rateLimit = value.equals("off") ? null : RateLimit.perMinute(Integer.parseInt(value));
            case "--scan-delay" -> scanDelay = DurationText.parse(value);
            case "--waiting" -> waiting = DurationText.parse(value);
            case "--scan-duration" -> scanDuration = DurationText.parse(value);
            case "--size-limit" -> sizeLimit = Long.parseLong(value);
            case "--scan-times" -> realisticScanTimes = realistic(value);
            case "--concurrent-scans" -> concurrentScans = Integer.parseInt(value);
            case "--name-matching" -> nameMatching = NameMatching.valueOf(value.toUpperCase(Locale.ROOT));
            case "--time-scale" -> timeScale = Double.parseDouble(value);
            case "--sync-period" -> {
                syncOff = value.equals("off");
                syncPeriod = syncOff ? null : DurationText.parse(value);
            }
            case "--sync-duration" -> syncDuration = DurationText.parse(value);
            case "--retry-after" -> retryAfter = onOff(option, value);
            case "--never-scanned-time" -> neverScannedTime = NeverScannedTime.valueOf(value.toUpperCase(Locale.ROOT));
            case "--hostile" -> hostile.add(Hostility.fromKey(value).orElseThrow(() -> new IllegalArgumentException(
                    "unknown hostile mode " + value + ": use one of " + Hostility.keys())));
            default -> throw new IllegalArgumentException("unknown option " + option);
        }
    }

    /** The scenario's sync rules with the command line's overrides applied. */
    SyncRules sync(SyncRules base) {
        SyncRules sync = syncOff || syncPeriod != null ? base.withRefreshPeriod(syncPeriod) : base;
        return syncDuration == null ? sync : sync.withDuration(syncDuration);
    }

    private static boolean onOff(String option, String value) {
        return switch (value) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException(option + " takes on or off, not " + value);
        };
    }

    private static boolean realistic(String value) {
        return switch (value) {
            case "realistic" -> true;
            case "fixed" -> false;
            default -> throw new IllegalArgumentException("--scan-times is fixed or realistic, not '" + value + "'");
        };
    }

    /** The scenario's rules with the command line's overrides applied. */
    ScanRules rules(ScanRules base) {
        ScanRules rules = base;
        rules = scanDelay == null ? rules : rules.withStartDelay(scanDelay);
        rules = waiting == null ? rules : rules.withWaitingDuration(waiting);
        rules = scanDuration == null ? rules : rules.withScanDuration(scanDuration);
        rules = sizeLimit == null ? rules : rules.withSizeLimit(sizeLimit);
        rules = realisticScanTimes ? rules.withScanTimes(ScanTimes.realistic(seed)) : rules;
        rules = concurrentScans == null ? rules : rules.withConcurrentScans(concurrentScans);
        return nameMatching == null ? rules : rules.withNameMatching(nameMatching);
    }
}
