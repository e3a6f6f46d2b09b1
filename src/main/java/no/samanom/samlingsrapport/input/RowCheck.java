package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One row under validation and what has been decided about it so far: the rows it yields and
 * the deviations it gets, each naming the row's origin and the column as the table heads it.
 */
final class RowCheck {

    /** A cell longer than this is cut: no statement in a report needs more, and a 50 MB cell is an accident. */
    static final int LONGEST_CELL = 10_000;
    static final String DATE_PROBLEM = "Ugyldig dato. Skriv datoen som 18.03.2013 eller 2013-03-18";

    private final TablePlan plan;
    private final Municipalities municipalities;
    private final Origin origin;
    private final RawRow raw;
    private final List<DataRow> rows = new ArrayList<>();
    private final List<Deviation> deviations = new ArrayList<>();

    RowCheck(TablePlan plan, Municipalities municipalities, Origin origin, RawRow raw) {
        this.plan = plan;
        this.municipalities = municipalities;
        this.origin = origin;
        this.raw = bounded(raw);
    }

    /**
     * The row with every cell longer than {@value #LONGEST_CELL} characters cut, each with a note
     * saying how long it was: a report shows the first part, and no cell is echoed whole.
     */
    private RawRow bounded(RawRow raw) {
        List<String> cells = null;
        for (int i = 0; i < raw.cells().size(); i++) {
            String cell = raw.cells().get(i);
            if (cell.length() > LONGEST_CELL) {
                if (cells == null) {
                    cells = new ArrayList<>(raw.cells());
                }
                cells.set(i, cell.substring(0, LONGEST_CELL) + "…");
                deviations.add(Deviation.at(origin, plan.header(i), cell, "Cellen har " + Visible.count(cell.length())
                        + " tegn; bare de første " + Visible.count(LONGEST_CELL) + " er tatt med", Consequence.NOTE));
            }
        }
        return cells == null ? raw : new RawRow(raw.line(), cells);
    }

    Origin origin() {
        return origin;
    }

    /** The cell at a column index as read (cut when too long), for columns the plan maps by position. */
    String cell(int index) {
        return raw.cell(index);
    }

    String text(Column column) {
        return Visible.cell(raw.cell(plan.index(column)).strip());
    }

    /** The municipality as the list spells it, or as typed (cleaned) when it is not on the list. */
    String municipality() {
        return municipalities.canonical(raw.cell(plan.index(Column.KOMMUNE)));
    }

    /** A number, or null; a cell that is not a number is dropped with a deviation. */
    BigDecimal decimal(Column column) {
        String text = text(column);
        if (text.isEmpty()) {
            return null;
        }
        Optional<BigDecimal> number = Values.decimal(text);
        if (number.isEmpty()) {
            drop(column, text, numberProblem(text, "Må være et tall, som 78,5"));
        }
        return number.orElse(null);
    }

    boolean hasRows() {
        return !rows.isEmpty();
    }

    void use(DataRow row) {
        rows.add(row);
    }

    void drop(String header, String value, String reason) {
        deviations.add(Deviation.at(origin, header, value, reason, Consequence.VALUE_DROPPED));
    }

    void drop(Column column, String value, String reason) {
        drop(headerOf(column), value, reason);
    }

    void reject(Column column, String value, String reason) {
        deviations.add(Deviation.at(origin, headerOf(column), value, reason, Consequence.ROW_REJECTED));
    }

    private String headerOf(Column column) {
        int index = plan.index(column);
        return index >= 0 ? plan.header(index) : column.displayName();
    }

    ValidatedRow result() {
        return new ValidatedRow(origin, rows, deviations);
    }

    /** The reason a number was not read: the general rule, or what was ambiguous about it. */
    static String numberProblem(String text, String rule) {
        String problem = Values.problem(text);
        return problem == null ? rule : problem + ". " + rule;
    }

    static String blankToNull(String text) {
        return text.isEmpty() ? null : text;
    }
}
