package no.samanom.samlingsrapport.job;

/** What a run tells the operator while it goes: which gathering, how far, how it ended. */
public interface RunListener {

    RunListener NONE = new RunListener() {
    };

    /** Gathering {@code number} of {@code total} is about to be handled. */
    default void starting(int number, int total, String id) {
    }

    /** Rows read so far for the gathering being staged. */
    default void rows(String id, long rows) {
    }

    default void finished(GatheringOutcome outcome) {
    }
}
