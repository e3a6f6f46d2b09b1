package no.samanom.samlingsrapport.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.cli.Main;

/**
 * Generates synthetic input and runs the job on it several times, each on fresh output and
 * state, printing rows per second, wall time and peak heap (median of the runs). Run it
 * through bench/run so that the heap limit applies.
 *
 * <p>Scenarios: {@code million} (one gathering, 1,000,000 evaluation rows), {@code hundredk}
 * (the same with 100,000), {@code many} (200 gatherings of 50 respondents).
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "hundredk";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Path.of("target", "bench", scenario);
        Path input = root.resolve("input");
        long rows = generate(scenario, input);
        System.out.printf(Locale.ROOT, "scenario %s: %,d input rows, %.0f MB, max heap %d MB, %d cores%n", scenario, rows,
                size(input) / 1e6, Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
        List<double[]> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            delete(root.resolve("output"));
            delete(root.resolve("state"));
            System.gc();
            HeapWatch heap = HeapWatch.start();
            long start = System.nanoTime();
            StringWriter out = new StringWriter();
            int status = Main.execute(new PrintWriter(out), new PrintWriter(out), "--input=" + input,
                    "--output=" + root.resolve("output"), "--state=" + root.resolve("state"));
            double seconds = (System.nanoTime() - start) / 1e9;
            long peak = heap.stop();
            if (status != 0) {
                throw new IllegalStateException("run failed with status " + status + ":\n" + out);
            }
            results.add(new double[]{seconds, rows / seconds, peak / 1e6});
            System.out.printf(Locale.ROOT, "run %d: %.1f s wall, %,.0f rows/s, peak heap %.0f MB%n", run, seconds,
                    rows / seconds, peak / 1e6);
        }
        System.out.printf(Locale.ROOT, "median: %.1f s wall, %,.0f rows/s, peak heap %.0f MB%n",
                median(results, 0), median(results, 1), median(results, 2));
    }

    private static long generate(String scenario, Path input) throws IOException {
        Path done = input.resolveSibling("input.rows");
        if (Files.exists(done)) {
            return Long.parseLong(Files.readString(done).strip());
        }
        delete(input);
        SyntheticInput generator = new SyntheticInput();
        long rows = switch (scenario) {
            case "million" -> generator.gathering(input.resolve("stor"), "stor", 1_000_000);
            case "hundredk" -> generator.gathering(input.resolve("stor"), "stor", 100_000);
            case "many" -> {
                long total = 0;
                for (int g = 1; g <= 200; g++) {
                    String id = String.format(Locale.ROOT, "samling-%03d", g);
                    total += generator.gathering(input.resolve(id), id, 50 * 5);
                }
                yield total;
            }
            default -> throw new IllegalArgumentException("Unknown scenario " + scenario + ": million, hundredk or many");
        };
        Files.writeString(done, Long.toString(rows));
        return rows;
    }

    private static double median(List<double[]> results, int index) {
        double[] values = results.stream().mapToDouble(r -> r[index]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Samples heap use every 20 ms: the peak of what was live, not what the pools reserved. */
    private static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        private HeapWatch() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            thread = new Thread(() -> {
                while (running) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
        }

        static HeapWatch start() {
            HeapWatch watch = new HeapWatch();
            watch.thread.start();
            return watch;
        }

        long stop() throws InterruptedException {
            running = false;
            thread.join();
            return peak.get();
        }
    }
}
