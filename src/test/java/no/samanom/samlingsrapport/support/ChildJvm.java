package no.samanom.samlingsrapport.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import no.samanom.samlingsrapport.cli.Main;

/** The command line in a JVM of its own, so that a test can kill it with SIGKILL as an operator might. */
public final class ChildJvm {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final Process process;
    private final Path out;
    private final Path err;

    private ChildJvm(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts the command line with the given system properties ("name=value") and arguments. */
    public static ChildJvm start(Path logs, List<String> properties, String... args) throws IOException {
        return start(logs, List.of(), System.getProperty("java.class.path"), properties, args);
    }

    /**
     * The same, behind a command prefix (say, one that runs it as another user) and with a class
     * path of one's own.
     */
    public static ChildJvm start(Path logs, List<String> prefix, String classPath, List<String> properties,
                                 String... args) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1"); // short-lived: start fast rather than peak fast
        command.add("-Dsun.stdout.encoding=UTF-8");
        command.add("-Dsun.stderr.encoding=UTF-8");
        properties.forEach(p -> command.add("-D" + p));
        command.add("-cp");
        command.add(classPath);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = Files.createTempFile(logs, "out-", ".txt");
        Path err = Files.createTempFile(logs, "err-", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new ChildJvm(process, out, err);
    }

    /** Waits until the process stands at its failpoint, then kills it with SIGKILL. */
    public void killAtFailpoint(String point) throws IOException, InterruptedException {
        awaitFailpoint(point);
        process.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
        process.waitFor();
    }

    /** The same, unless the process ends without reaching it (it had nothing left to do there): then false. */
    public boolean killAtFailpointIfReached(String point) throws IOException, InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!err().contains(Failpoints.ANNOUNCEMENT + point)) {
            if (!process.isAlive()) {
                return false;
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Never reached failpoint " + point + "\nout: " + out() + "\nerr: " + err());
            }
            Thread.sleep(20);
        }
        process.destroyForcibly();
        process.waitFor();
        return true;
    }

    /** Waits until the process stands at its failpoint. */
    public void awaitFailpoint(String point) throws IOException, InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!err().contains(Failpoints.ANNOUNCEMENT + point)) {
            if (!process.isAlive()) {
                throw new AssertionError("Ended (" + process.exitValue() + ") before failpoint " + point
                        + "\nout: " + out() + "\nerr: " + err());
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("Never reached failpoint " + point + "\nout: " + out() + "\nerr: " + err());
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL, as a machine or an operator might end it: no shutdown hooks, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as systemctl stop ends a watching node. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public int await() throws InterruptedException, IOException {
        if (!process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Did not end in time\nout: " + out() + "\nerr: " + err());
        }
        return process.exitValue();
    }

    public String out() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    public String err() throws IOException {
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
