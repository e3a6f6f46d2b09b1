package no.samanom.samlingsrapport.input;

import java.util.List;

/**
 * The outcome of validating one input row: the normalised rows it yields and what was
 * not used. A row either yields data or carries a rejection, never neither, so that rows
 * read always equal rows used plus rows rejected.
 */
public record ValidatedRow(Origin origin, List<DataRow> rows, List<Deviation> deviations) {

    public ValidatedRow {
        rows = List.copyOf(rows);
        deviations = List.copyOf(deviations);
        if (rows.isEmpty() != isRejected(deviations)) {
            throw new IllegalArgumentException("A row must be used or rejected, not both or neither: " + origin);
        }
    }

    public boolean rejected() {
        return rows.isEmpty();
    }

    private static boolean isRejected(List<Deviation> deviations) {
        return deviations.stream().anyMatch(d -> d.consequence() == Consequence.ROW_REJECTED);
    }
}
