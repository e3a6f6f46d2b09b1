package no.samanom.samlingsrapport.input;

import java.util.List;

/**
 * A gathering ready to be read: its tables with matched headers, and every finding about
 * its files (rejected files, ignored columns and sheets).
 */
public record InputPlan(GatheringSource source, List<TablePlan> tables, List<Deviation> findings) {

    /** A gathering needs data: expectations, evaluations or risk ratings. */
    public boolean rejected() {
        return tables.stream().noneMatch(t -> t.ref().kind().isData());
    }

    public String rejectionReason() {
        return "Fant ingen brukbare data: samlingen trenger minst én av forventninger, evaluering og risiko.";
    }
}
