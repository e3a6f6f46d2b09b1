package no.samanom.samlingsrapport.input;

/**
 * One thing in the input that was not used as given: which file, sheet, line and column,
 * the value found, why (in Norwegian, saying what would be accepted) and what it did.
 * Line is 0 and column empty when the deviation concerns a whole file. Everything taken from
 * the input is kept visible and bounded ({@link Visible}), wherever the deviation is shown.
 */
public record Deviation(String file, String sheet, int line, String column, String value,
                        String reason, Consequence consequence) {

    private static final int REASON = 2000;

    public Deviation {
        file = Visible.of(file);
        sheet = Visible.of(sheet, Visible.NAME);
        column = column == null ? "" : Visible.of(column, Visible.NAME);
        value = value == null ? "" : Visible.of(value, Visible.VALUE);
        reason = Visible.of(reason, REASON);
    }

    public static Deviation ofFile(String file, String reason, Consequence consequence) {
        return new Deviation(file, null, 0, "", "", reason, consequence);
    }

    public static Deviation at(Origin origin, String column, String value, String reason,
                               Consequence consequence) {
        return new Deviation(origin.file(), origin.sheet(), origin.line(), column, value, reason, consequence);
    }

    /** One line for a terminal: "evaluering.csv, linje 7, kolonne terningkast («9»): ...". */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (sheet != null) {
            text.append(", ark ").append(sheet);
        }
        if (line > 0) {
            text.append(sheet == null ? ", linje " : ", rad ").append(line);
        }
        if (!column.isEmpty()) {
            text.append(", kolonne ").append(column);
        }
        if (!value.isEmpty()) {
            text.append(" («").append(value).append("»)");
        }
        text.append(": ").append(reason);
        if (!reason.endsWith(".")) {
            text.append('.');
        }
        return text.append(' ').append(consequence.label()).append('.').toString();
    }
}
