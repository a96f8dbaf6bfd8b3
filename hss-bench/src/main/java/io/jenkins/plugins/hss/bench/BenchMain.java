package io.jenkins.plugins.hss.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar hss-bench.jar [--images 10,1000,100000] [--ending-over-hours 10] [--builds 1,10,50] [--json FILE]}:
 * every measurement of docs/performance.md in one run, printed as tables, optionally as JSON.
 * {@code --ending-over-hours H} adds a run of the largest size whose scans end one after the other
 * over H hours (0: none).
 */
public final class BenchMain {

    private static final int CONCURRENT_SCANS = 20;

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        List<Integer> sizes = numbers(options.getOrDefault("--images", "10,1000,100000"));
        List<Integer> builds = numbers(options.getOrDefault("--builds", "1,10,50"));
        Duration endingOver = Duration.ofHours(Integer.parseInt(options.getOrDefault("--ending-over-hours", "10")));
        ResultTable table = new ResultTable(System.out);

        List<ScaleBenchmark.Figures> scale = new ArrayList<>();
        for (int images : sizes) {
            System.err.println("scale: " + images + " images");
            scale.add(ScaleBenchmark.measure(images, Duration.ZERO));
        }
        if (!endingOver.isZero()) {
            int largest = sizes.stream().max(Integer::compare).orElseThrow();
            System.err.println("scale: " + largest + " images, scans ending over " + endingOver.toHours() + " h");
            scale.add(ScaleBenchmark.measure(largest, endingOver));
        }
        table.requests(scale);
        table.verdictDelay(scale);
        table.resources(scale);

        TokenSharing.Outcome tokens = TokenSharing.measure(CONCURRENT_SCANS);
        table.tokens(tokens);

        List<ConcurrencyBenchmark.Figures> concurrency = new ArrayList<>();
        for (int count : builds) {
            System.err.println("concurrency: " + count + " builds");
            concurrency.add(ConcurrencyBenchmark.measure(count));
        }
        table.concurrency(concurrency);

        if (options.containsKey("--json")) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("scale", scale);
            all.put("tokens", tokens);
            all.put("concurrency", concurrency);
            new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValue(Path.of(options.get("--json")).toFile(), all);
        }
    }

    private static Map<String, String> options(String[] args) {
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException(
                    "usage: [--images N,N,...] [--ending-over-hours H] [--builds B,B,...] [--json FILE]");
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
