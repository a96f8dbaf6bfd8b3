package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.jenkins.plugins.hss.simulator.ScanRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.LongStream;

/**
 * {@code java -jar hss-bench.jar [--images 1,10,...] [--seeds 20] [--builds 1,10,20,50,200] [--resources 10,1000,100000]
 * [--json FILE]}: every measurement of docs/performance.md in one run, printed as tables,
 * optionally as JSON. {@code --seeds S} draws of the scan times for up to 1,000 images; fewer
 * where one run takes long: {@value #SEEDS_AT_10000} at 10,000 images, {@value #SEEDS_AT_100000} at
 * 100,000, {@value #SEEDS_OF_CONCURRENT_BUILDS} for concurrent builds ({@value #SEEDS_OF_OVER_50_BUILDS}
 * over 50 builds); never more than S.
 */
public final class BenchMain {

    private static final int CONCURRENT_SCANS = 20;
    private static final int SEEDS_AT_10000 = 5;
    private static final int SEEDS_AT_100000 = 2;
    private static final int SEEDS_OF_CONCURRENT_BUILDS = 5;
    private static final int SEEDS_OF_OVER_50_BUILDS = 3;
    /** The setting: every scan ends 70 s after its trigger, all at once. */
    private static final LongFunction<ScanRules> FIXED = seed -> ScanRules.DEFAULT;
    private static final LongFunction<ScanRules> REALISTIC = ScanRules::realistic;
    private static final String USAGE = "usage: [--images N,N,...] [--seeds S] [--builds B,B,...] "
            + "[--resources N,N,...] [--json FILE]";

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<Integer> sizes = numbers(options.getOrDefault("--images", "1,10,100,1000,10000,100000"));
        List<Integer> builds = numbers(options.getOrDefault("--builds", "1,10,20,50,200"));
        List<Integer> resources = numbers(options.getOrDefault("--resources", "10,1000,100000"));
        int seeds = Integer.parseInt(options.getOrDefault("--seeds", "20"));
        ResultTable table = new ResultTable(System.out);
        Map<String, Object> all = new LinkedHashMap<>();

        List<Measurement> fixed = new ArrayList<>();
        for (int images : sizes.stream().filter(n -> n <= ScaleBenchmark.LARGEST_IMAGE_LIST).toList()) {
            System.err.println("fixed 70 s scans: " + images + " images");
            fixed.add(ScaleBenchmark.measure(images, List.of(1L), FIXED));
        }
        table.sideBySide("One build of N images, the issue's setting: every scan ends 70 s after the trigger, all at "
                + "once; HSS limit 5 calls/min/API", fixed);
        all.put("fixed", fixed);

        List<Measurement> scale = new ArrayList<>();
        for (int images : sizes) {
            System.err.println("realistic scans: " + images + " images");
            scale.add(ScaleBenchmark.measure(images, seeds(seedsAt(images, seeds)), REALISTIC));
        }
        table.sideBySide("One build of N images, realistic scans (log-normal, median about 2 min, bigger images "
                + "slower; " + ScanRules.REALISTIC_CONCURRENT_SCANS + " at once per account); HSS limit 5 calls/min/API",
                scale);
        all.put("scale", scale);

        List<Measurement> concurrency = new ArrayList<>();
        for (int count : builds) {
            System.err.println("realistic scans: " + count + " concurrent builds");
            concurrency.add(ConcurrencyBenchmark.measure(count, ConcurrencyBenchmark.Spread.ONE_CONTROLLER,
                    seeds(Math.min(seeds, count > 50 ? SEEDS_OF_OVER_50_BUILDS : SEEDS_OF_CONCURRENT_BUILDS)), REALISTIC));
        }
        System.err.println("realistic scans: 2 projects x 20 builds; 20 CLI processes");
        List<Long> concurrentSeeds = seeds(Math.min(seeds, SEEDS_OF_CONCURRENT_BUILDS));
        concurrency.add(ConcurrencyBenchmark.measure(40, ConcurrencyBenchmark.Spread.TWO_PROJECTS, concurrentSeeds,
                REALISTIC));
        concurrency.add(ConcurrencyBenchmark.measure(20, ConcurrencyBenchmark.Spread.CLI_PROCESSES, concurrentSeeds,
                REALISTIC));
        table.sideBySide("Concurrent builds of " + ConcurrencyBenchmark.IMAGES_PER_BUILD + " images on one credential, "
                + "realistic scans; HSS limit 5 calls/min/API for the user", concurrency);
        all.put("concurrency", concurrency);

        List<ResourceBenchmark> use = new ArrayList<>();
        for (int images : resources) {
            System.err.println("client CPU and heap: " + images + " images");
            use.add(ResourceBenchmark.measure(images, REALISTIC.apply(1)));
        }
        table.resources(use);
        all.put("resources", use);

        TokenSharing.Outcome tokens = TokenSharing.measure(CONCURRENT_SCANS);
        table.tokens(tokens);
        all.put("tokens", tokens);

        if (options.containsKey("--json")) {
            new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(Path.of(options.get("--json")).toFile(), all);
        }
        // The SDK's clients leave OkHttp dispatcher threads that keep the JVM up for an idle minute.
        System.exit(0);
    }

    private static int seedsAt(int images, int seeds) {
        if (images > 10_000) {
            return Math.min(seeds, SEEDS_AT_100000);
        }
        return images > ScaleBenchmark.LARGEST_IMAGE_LIST ? Math.min(seeds, SEEDS_AT_10000) : seeds;
    }

    private static List<Long> seeds(int count) {
        return LongStream.rangeClosed(1, count).boxed().toList();
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(USAGE);
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static List<Integer> numbers(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
