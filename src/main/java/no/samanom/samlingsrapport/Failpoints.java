package no.samanom.samlingsrapport;

/**
 * Named points in a run where a crash test can stop the process. Off unless the system
 * property {@value #PROPERTY} names a point; then the process announces it on standard
 * error and waits there to be killed (kill -9), so the test kills it exactly at that point.
 */
public final class Failpoints {

    public static final String PROPERTY = "samlingsrapport.failpoint";
    public static final String ANNOUNCEMENT = "FAILPOINT ";

    private static final String ARMED = System.getProperty(PROPERTY);

    private Failpoints() {
    }

    public static void reach(String point) {
        if (ARMED == null || !ARMED.equals(point)) {
            return;
        }
        System.err.println(ANNOUNCEMENT + point);
        System.err.flush();
        while (true) {
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                // keep waiting: only the kill ends this process
            }
        }
    }
}
