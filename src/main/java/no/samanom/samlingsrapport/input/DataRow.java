package no.samanom.samlingsrapport.input;

import java.util.List;

/** A normalised input row, ready for aggregation and for the workbook's data sheet. */
public sealed interface DataRow {

    Origin origin();

    /** One `felt`/`verdi` pair of the `samling` table; dates already in ISO form. */
    record MetaRow(Origin origin, MetaField field, String value) implements DataRow {
    }

    record ExpectationRow(Origin origin, String municipality, String expectation, String theme)
            implements DataRow {
    }

    /**
     * One respondent's feedback on one parameter. A blank respondent makes the row its own
     * anonymous respondent ({@code respondent} null). Each text column may hold several
     * statements (one per line or bullet in the cell).
     */
    record EvaluationRow(Origin origin, String respondent, String municipality, String parameter,
                         List<String> workedWell, List<String> why, List<String> improvements,
                         Integer score) implements DataRow {
    }

    record RiskRow(Origin origin, String municipality, String respondent, String factor, int rating)
            implements DataRow {
    }
}
