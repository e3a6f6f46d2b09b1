package no.samanom.samlingsrapport.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Whole-process benchmarks: each run starts the program as an operator does (bin/samlingsrapport,
 * with a 512 MB heap) on fresh output and state, and the same run measures the floor of the same
 * work (what the libraries alone need for it, {@link Floor}), so that what is reported is a ratio:
 * these machines differ twofold between days. Measurements alternate between the program and its
 * floor, and medians are printed. Run through bench/run.
 *
 * <p>Scenarios: {@code start} (the README's command on input/: fresh, unchanged, and validate of one
 * workbook, against starting a JVM that does nothing), {@code hundredk} and {@code million} (one
 * gathering of 100,000 or 1,000,000 evaluation rows as CSV, against parsing them and writing them
 * into one sheet), {@code scaling} (both, for the ratio of their times), {@code million-xlsx} (the
 * million rows as one workbook, against the CSV), {@code many} (200 gatherings of 50 respondents,
 * against parsing and writing them on every core), {@code two-nodes} (the 200 gatherings with the job
 * repository in PostgreSQL, by one node and by two nodes started together on the same folders, as
 * two crons would; the database is {@code SAMLINGSRAPPORT_BENCH_DATABASE}, which bench/run sets to a
 * throw-away cluster when it is not given).
 */
public final class Benchmark {

    private static final String HEAP = "-Xmx512m";

    private final Path root;
    private final int runs;
    private final String classPath;
    private final Map<String, List<Double>> seconds = new LinkedHashMap<>();

    private Benchmark(Path root, int runs, String classPath) {
        this.root = root;
        this.runs = runs;
        this.classPath = classPath;
    }

    public static void main(String[] args) throws Exception {
        String scenario = args.length > 0 ? args[0] : "start";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Benchmark bench = new Benchmark(Files.createDirectories(Path.of("target", "bench")), runs,
                System.getProperty("java.class.path"));
        System.out.printf(Locale.ROOT, "scenario %s, %d runs, %d cores, load %.2f%n", scenario, runs,
                Runtime.getRuntime().availableProcessors(), load());
        switch (scenario) {
            case "start" -> bench.start();
            case "hundredk" -> bench.rows("hundredk", 100_000);
            case "million" -> bench.rows("million", 1_000_000);
            case "scaling" -> bench.scaling();
            case "million-xlsx" -> bench.workbook();
            case "many" -> bench.many();
            case "two-nodes" -> bench.twoNodes();
            default -> throw new IllegalArgumentException("Unknown scenario " + scenario
                    + ": start, hundredk, million, scaling, million-xlsx, many or two-nodes");
        }
    }

    private void start() throws Exception {
        Path out = root.resolve("start");
        for (int run = 1; run <= runs; run++) {
            measure("floor: a JVM that does nothing", floor("nothing"));
            delete(out);
            measure("fresh: 3 gatherings and their network", job("--output=" + out.resolve("output"),
                    "--state=" + out.resolve("state")));
            measure("unchanged", job("--output=" + out.resolve("output"), "--state=" + out.resolve("state")));
            measure("validate one workbook", job("validate", "input/omdomme-2012-09.xlsx"));
        }
        report("floor: a JVM that does nothing");
    }

    private void rows(String name, int count) throws Exception {
        Path input = generate(name, folder -> new SyntheticInput().gathering(folder.resolve("stor"), "stor", count));
        for (int run = 1; run <= runs; run++) {
            measure("floor: parse the CSV, write its rows into one sheet", floor("csv",
                    input.resolve("stor/evaluering.csv").toString(), root.resolve("floor.xlsx").toString()));
            measure(name, reportJob(name, input));
        }
        report("floor: parse the CSV, write its rows into one sheet");
    }

    private void scaling() throws Exception {
        Path small = generate("hundredk", folder -> new SyntheticInput().gathering(folder.resolve("stor"), "stor", 100_000));
        Path large = generate("million", folder -> new SyntheticInput().gathering(folder.resolve("stor"), "stor", 1_000_000));
        for (int run = 1; run <= runs; run++) {
            measure("hundredk", reportJob("hundredk", small));
            measure("million", reportJob("million", large));
        }
        report("hundredk");
    }

    private void workbook() throws Exception {
        Path csv = generate("million", folder -> new SyntheticInput().gathering(folder.resolve("stor"), "stor", 1_000_000));
        Path xlsx = generate("million-xlsx", folder -> SyntheticInput.asWorkbook(csv.resolve("stor"), folder.resolve("stor")));
        for (int run = 1; run <= runs; run++) {
            measure("million as CSV", reportJob("million", csv));
            measure("million as one workbook", reportJob("million-xlsx", xlsx));
        }
        report("million as CSV");
    }

    private void many() throws Exception {
        Path input = manyGatherings();
        for (int run = 1; run <= runs; run++) {
            measure("floor: parse every CSV, write a workbook each, on every core",
                    floor("many", input.toString(), root.resolve("floor-many").toString()));
            measure("many: 200 gatherings", reportJob("many", input));
        }
        report("floor: parse every CSV, write a workbook each, on every core");
    }

    private Path manyGatherings() throws IOException {
        return generate("many", folder -> {
            SyntheticInput generator = new SyntheticInput();
            for (int g = 1; g <= 200; g++) {
                String id = String.format(Locale.ROOT, "samling-%03d", g);
                generator.gathering(folder.resolve(id), id, 50 * 5);
            }
        });
    }

    /**
     * The 200 gatherings on a fresh PostgreSQL database, by one node and by two started together;
     * on one machine the two share its cores, so the ratio shows what sharing the work costs, not
     * what a second machine gains.
     */
    private void twoNodes() throws Exception {
        String server = System.getenv("SAMLINGSRAPPORT_BENCH_DATABASE");
        if (server == null || server.isBlank()) {
            throw new IllegalStateException("SAMLINGSRAPPORT_BENCH_DATABASE is not set; run it through bench/run");
        }
        Path input = manyGatherings();
        for (int run = 1; run <= runs; run++) {
            measure("one node, job repository in PostgreSQL", node(input, database(server, run, 1), "one", "a"));
            String shared = database(server, run, 2);
            measure("two nodes together, one job repository",
                    node(input, shared, "two", "a"), node(input, shared, "two", "b"));
        }
        report("one node, job repository in PostgreSQL");
    }

    /** A node's run: its own state folder, the output and staged rows shared with the other node. */
    private List<String> node(Path input, String database, String setup, String name) throws IOException {
        Path out = root.resolve("two-nodes-run").resolve(setup);
        if (name.equals("a")) {
            delete(out);
        }
        return job("--input=" + input, "--output=" + out.resolve("output"), "--state=" + out.resolve("state-" + name),
                "--staging=" + out.resolve("staging"), "--database=" + database, "--node=" + name);
    }

    /** A new, empty database on the benchmark's server for one measurement. */
    private static String database(String server, int run, int nodes) throws Exception {
        String name = "bench_" + nodes + "_" + run + "_" + System.currentTimeMillis();
        int query = server.indexOf('?');
        String base = query < 0 ? server : server.substring(0, query);
        String parameters = query < 0 ? "" : server.substring(query);
        try (Connection admin = DriverManager.getConnection(server); Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + name);
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + name + parameters;
    }

    /** The program reporting a generated input, on fresh output and state. */
    private List<String> reportJob(String name, Path input) throws IOException {
        Path out = root.resolve(name + "-run");
        delete(out);
        return job("--input=" + input, "--output=" + out.resolve("output"), "--state=" + out.resolve("state"));
    }

    private static List<String> job(String... args) {
        List<String> command = new ArrayList<>(List.of("bin/samlingsrapport"));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The floor, with the JVM settings the launcher gives the program, but not its class data archive. */
    private List<String> floor(String... args) {
        List<String> command = new ArrayList<>(List.of("java", HEAP, "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC",
                "-XX:-UsePerfData", "-cp", classPath, Floor.class.getName()));
        command.addAll(Arrays.asList(args));
        return command;
    }

    /** The wall time of the commands started together, until the last has ended. */
    @SafeVarargs
    private void measure(String what, List<String>... commands) throws Exception {
        long start = System.nanoTime();
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < commands.length; i++) {
            ProcessBuilder builder = new ProcessBuilder(commands[i]).redirectErrorStream(true)
                    .redirectOutput(root.resolve("last-run-" + i + ".log").toFile());
            builder.environment().put("JAVA_OPTS", HEAP);
            processes.add(builder.start());
        }
        for (int i = 0; i < processes.size(); i++) {
            Process process = processes.get(i);
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(what + " failed: " + Files.readString(root.resolve("last-run-" + i + ".log")));
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        seconds.computeIfAbsent(what, w -> new ArrayList<>()).add(elapsed);
        System.out.printf(Locale.ROOT, "  %-58s %7.2f s%n", what, elapsed);
    }

    /** Every measurement's median and its ratio to the one named as the reference. */
    private void report(String reference) {
        double base = median(seconds.get(reference));
        System.out.printf(Locale.ROOT, "medians of %d runs (load now %.2f):%n", runs, load());
        seconds.forEach((what, values) -> System.out.printf(Locale.ROOT, "  %-58s %7.2f s   %5.2f × %s%n", what,
                median(values), median(values) / base, reference.equals(what) ? "(reference)" : "the reference"));
    }

    private interface Generator {
        void write(Path folder) throws IOException;
    }

    /** Generates an input once, under target/bench/<name>/input. */
    private Path generate(String name, Generator generator) throws IOException {
        Path input = root.resolve(name).resolve("input");
        Path done = root.resolve(name).resolve("done");
        if (!Files.exists(done)) {
            delete(input);
            generator.write(input);
            Files.writeString(done, "");
        }
        return input;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static double load() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
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
}
