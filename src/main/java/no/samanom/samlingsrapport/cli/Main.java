package no.samanom.samlingsrapport.cli;

import picocli.CommandLine;

/** Entry point: the command line decides what to run; Spring starts only when a command needs it. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command and returns its exit status, without exiting: tests call this. */
    public static int execute(String... args) {
        return Commands.commandLine().execute(args);
    }
}
