package no.samanom.samlingsrapport.cli;

import java.io.PrintWriter;

/** Entry point: the command line decides what to run; Spring starts only when a command needs it. */
public final class Main {

    static {
        // POI asks for a new TransformerFactory for every part of a workbook it saves; unless told
        // which, the JDK searches every jar on the class path each time, which was half of the
        // time of reporting a small gathering. This names the JDK's own, the one it would find.
        System.getProperties().putIfAbsent("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        // Logging is ours (cli.Logging: the state folder's file or nothing); Boot must not configure it again
        System.getProperties().putIfAbsent("org.springframework.boot.logging.LoggingSystem", "none");
    }

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
