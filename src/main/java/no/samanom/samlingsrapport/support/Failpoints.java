package no.samanom.samlingsrapport.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Named points in a run where a test can stop the process. Off unless the system property
 * {@value #PROPERTY} names a point; then the process announces it on standard error and
 * waits there: to be killed (kill -9), so a crash test kills it exactly at that point, or, when
 * {@value #RESUME} names a file, until that file exists, so a test can change the world (say, a
 * file being read) at that point and let the run go on. A process whose test is gone (its parent
 * process ended) or that has waited ten minutes ends itself, so that no test leaves one behind.
 */
public final class Failpoints {

    public static final String PROPERTY = "samlingsrapport.failpoint";
    public static final String RESUME = "samlingsrapport.failpoint.resume";
    public static final String ANNOUNCEMENT = "FAILPOINT ";

    private static final String ARMED = System.getProperty(PROPERTY);
    private static final String RESUME_FILE = System.getProperty(RESUME);
    private static final Duration PATIENCE = Duration.ofMinutes(10);

    private Failpoints() {
    }

    public static void reach(String point) {
        if (ARMED == null || !ARMED.equals(point)) {
            return;
        }
        System.err.println(ANNOUNCEMENT + point);
        System.err.flush();
        long end = System.nanoTime() + PATIENCE.toNanos();
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        while (RESUME_FILE == null || !Files.exists(Path.of(RESUME_FILE))) {
            if (System.nanoTime() > end || parent.isEmpty() || !parent.get().isAlive()) {
                Runtime.getRuntime().halt(137); // as if killed: nothing may run after a failpoint but the test
            }
            try {
                Thread.sleep(RESUME_FILE == null ? 500 : 20);
            } catch (InterruptedException e) {
                // keep waiting: only the kill, the resume file, or the end of the test ends this
            }
        }
    }
}
