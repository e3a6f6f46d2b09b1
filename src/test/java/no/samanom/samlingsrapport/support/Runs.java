package no.samanom.samlingsrapport.support;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.samanom.samlingsrapport.cli.Main;

/** Runs the command line in-process on a copy of test fixtures, in a folder of its own. */
public final class Runs {

    private final Path root;

    public Runs(Path root) {
        this.root = root;
    }

    public Path input() {
        return root.resolve("input");
    }

    public Path output() {
        return root.resolve("output");
    }

    public Path state() {
        return root.resolve("state");
    }

    /** Copies fixtures from src/test/resources/gatherings into the input folder. */
    public Runs given(String... fixtures) throws IOException {
        for (String fixture : fixtures) {
            Path source = fixture(fixture);
            Path target = input().resolve(source.getFileName().toString());
            copy(source, target);
        }
        return this;
    }

    /** Runs the default command with the run's folders plus any extra arguments. */
    public Result run(String... extra) {
        List<String> args = new ArrayList<>(List.of("--input=" + input(), "--output=" + output(), "--state=" + state()));
        args.addAll(List.of(extra));
        return execute(args.toArray(String[]::new));
    }

    public static Result execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Result(status, out.toString(), err.toString());
    }

    public static Path fixture(String name) {
        try {
            return Path.of(Runs.class.getResource("/gatherings/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(name, e);
        }
    }

    /** Copies a file, or a folder with everything in it. */
    public static void copy(Path source, Path target) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.toList()) {
                    Path to = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        } else {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** What a run printed and returned. */
    public record Result(int status, String out, String err) {
        public String all() {
            return out + err;
        }
    }
}
