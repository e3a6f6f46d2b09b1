package no.samanom.samlingsrapport.input;

/**
 * Where a row came from: the file (relative to the gathering), the sheet for workbooks
 * (null for CSV) and the line or row number as the coordinator's program shows it. File and
 * sheet are kept as they may be shown ({@link Visible}).
 */
public record Origin(String file, String sheet, int line) {

    public Origin {
        file = Visible.of(file);
        sheet = Visible.of(sheet, Visible.NAME);
    }

    /** "evaluering.csv, linje 12" or "samling.xlsx, ark Risiko, rad 4". */
    public String describe() {
        return sheet == null
                ? file + ", linje " + line
                : file + ", ark " + sheet + ", rad " + line;
    }
}
