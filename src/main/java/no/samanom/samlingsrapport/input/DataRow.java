package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
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

    /**
     * Where a municipality stood on the anchoring ladder on a date.
     *
     * @param comment optional, null when not given
     */
    record AnchoringRow(Origin origin, String municipality, LocalDate date, Anchoring.Stage stage, String comment)
            implements DataRow {
    }

    /**
     * One measurement of a result indicator, or a target for a date, or both.
     *
     * @param value  the measured value, null for a row that only sets a target
     * @param target the value wanted by this date, null when not given
     * @param scale  as written ("0-100"), null when not given
     * @param source where the figure comes from, null when not given
     */
    record IndicatorRow(Origin origin, String municipality, String indicator, LocalDate date, BigDecimal value,
                        BigDecimal target, String scale, String source) implements DataRow {
    }

    /**
     * One item of the gathering's programme.
     *
     * @param end          from `slutt`, or `start` plus `varighet`; null when neither gave it
     * @param speaker      null when not given, as are {@code organisation} and {@code type}
     * @param type         as given, or a break or meal the title begins with ("Lunsj og avrunding")
     * @param description  the lines of `beskrivelse` (the method in minutes, say), one per line or bullet
     */
    record ProgrammeRow(Origin origin, LocalDate date, LocalTime start, LocalTime end, String title, String speaker,
                        String organisation, ProgrammeItemType type, List<String> description) implements DataRow {
    }

    /**
     * What a municipality said in its project presentation, under the presentations' five headings:
     * each text column may hold several points, one per line or bullet.
     *
     * @param completion     `forventet avslutning` as written, null when not given
     * @param completionDate the same when it is a date, else null
     */
    record ProjectStatusRow(Origin origin, String municipality, List<String> status, String completion,
                            LocalDate completionDate, List<String> anchoring, List<String> risk, List<String> benefits,
                            List<String> measurement) implements DataRow {
    }
}
