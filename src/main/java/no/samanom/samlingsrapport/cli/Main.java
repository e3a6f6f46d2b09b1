package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;

/** Entry point: the command line decides what to run; Spring starts only when a command needs it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit status, without exiting. */
    public static int execute(String... args) {
        return Commands.commandLine().execute(args);
    }

    /** The same, printing to the given writers: for tests and for embedding. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return Commands.commandLine(out, err).execute(args);
    }
}
