package no.samanom.samlingsrapport.report;

import java.nio.file.Path;

/**
 * A writer's libraries used once on something small, on a thread of its own while the jobs start:
 * the first use of POI, OpenPDF and JFreeChart costs a process about a second of class loading and
 * initialisation, which the idle core can pay before the first gathering reaches its report step.
 * Found through {@link java.util.ServiceLoader}, so that nothing has to name the writers.
 */
public interface WarmUp {

    /** @param state the state folder, where temporary files go */
    void run(Path state) throws Exception;
}
