package no.samanom.samlingsrapport.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A table whose header has been matched against the contract: which column index holds
 * which contract column, and for wide risk tables which index holds which risk factor.
 *
 * @param date1904 plain-number dates count from 1904 (the workbook's setting), not from 1900
 */
public record TablePlan(TableRef ref, int headerLine, List<String> headers,
                        Map<Column, Integer> columns, Map<Integer, String> factorColumns, boolean date1904) {

    /** Notes of one kind about a header beyond this are summed up in one. */
    private static final int HEADER_NOTES = 20;
    private static final int LONGEST_HEADING = 200;

    public int index(Column column) {
        return columns.getOrDefault(column, -1);
    }

    public boolean has(Column column) {
        return columns.containsKey(column);
    }

    public String header(int index) {
        return index < headers.size() ? headers.get(index).strip() : "";
    }

    /**
     * A line of the blank form left as it was: in `samling`, a field with no value (the input
     * template lists every field). It counts as a blank row, not as a rejected one.
     */
    public boolean isUnfilledFormLine(RawRow row) {
        return ref.kind() == Kind.SAMLING && row.cell(index(Column.VERDI)).isBlank();
    }

    /** Risk given as one row per factor (risikofaktor + vurdering) rather than one column each. */
    public boolean isLongRisk() {
        return has(Column.RISIKOFAKTOR) && has(Column.VURDERING);
    }

    /**
     * Matches an open table's header, and notes what its reader noticed about the whole file
     * (mixed encodings, say).
     */
    public static TablePlan match(TableRef ref, TableSource source, RiskFactors factors, List<Deviation> notes)
            throws InputFileException {
        source.notes().forEach(note -> notes.add(new Deviation(ref.file(), ref.sheet(), 0, "", "", note, Consequence.NOTE)));
        return match(ref, source.header(), source.headerLine(), source.date1904(), factors, notes);
    }

    public static TablePlan match(TableRef ref, List<String> headers, int headerLine, RiskFactors factors,
                                  List<Deviation> notes) throws InputFileException {
        return match(ref, headers, headerLine, false, factors, notes);
    }

    /**
     * Matches a header. Unknown columns are ignored and noted in {@code notes}; a table
     * without its required columns, or with a column it reads twice, is rejected with a
     * message saying what is needed.
     */
    static TablePlan match(TableRef ref, List<String> headers, int headerLine, boolean date1904, RiskFactors factors,
                           List<Deviation> notes) throws InputFileException {
        if (headers.isEmpty()) {
            throw new InputFileException("Tabellen er tom: fant ingen overskriftsrad. "
                    + required(ref.kind()));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Integer, String> factorColumns = new LinkedHashMap<>();
        Map<String, Integer> factorIndex = new LinkedHashMap<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isBlank()) {
                continue;
            }
            int index = i;
            // no heading of the contract is long: a 50 MB header cell is not worth folding
            String key = header.length() > LONGEST_HEADING ? "" : Names.headingKey(header);
            var column = ref.kind().columns().stream().filter(c -> c.hasKey(key)).findFirst();
            var factor = ref.kind() == Kind.RISIKO && !key.isEmpty() ? factors.match(header) : java.util.Optional.<String>empty();
            if (column.isPresent()) {
                Integer first = columns.putIfAbsent(column.get(), i);
                if (first != null) {
                    throw twice("«" + column.get().displayName() + "»", headers, first, i);
                }
            } else if (factor.isPresent()) {
                Integer first = factorIndex.putIfAbsent(factor.get(), index);
                if (first != null) {
                    throw twice("for risikofaktoren «" + factor.get() + "»", headers, first, i);
                }
                factorColumns.put(index, factor.get());
            } else {
                unknown.add(i);
            }
        }
        // kept as messages show them: a 50 MB header cell is not carried along
        List<String> shown = headers.stream().map(h -> Visible.of(h, Visible.NAME)).toList();
        TablePlan plan = new TablePlan(ref, headerLine, shown, columns, factorColumns, date1904);
        String missing = plan.missingRequired();
        if (missing != null) {
            throw new InputFileException(missing + " " + required(ref.kind()) + " Kolonnene i filen er: "
                    + listed(headers) + ".");
        }
        if (plan.isLongRisk() && !factorColumns.isEmpty()) {
            factorColumns.keySet().forEach(unknown::add);
            factorColumns.clear();
        }
        for (int i : unknown.subList(0, Math.min(unknown.size(), HEADER_NOTES))) {
            notes.add(new Deviation(ref.file(), ref.sheet(), headerLine, headers.get(i).strip(), "",
                    unknownColumnReason(ref.kind(), factors), Consequence.NOTE));
        }
        if (unknown.size() > HEADER_NOTES) {
            notes.add(new Deviation(ref.file(), ref.sheet(), headerLine, "", "", "… og "
                    + Visible.count(unknown.size() - HEADER_NOTES) + " ukjente kolonner til, også ignorert",
                    Consequence.NOTE));
        }
        return plan;
    }

    /**
     * A column the contract reads, given twice: which one counts would depend on column order,
     * so the table is rejected, naming both.
     */
    private static InputFileException twice(String what, List<String> headers, int first, int second) {
        return new InputFileException("Kolonnen " + what + " finnes to ganger: kolonne " + (first + 1) + " («"
                + Visible.of(headers.get(first).strip(), Visible.NAME) + "») og kolonne " + (second + 1) + " («"
                + Visible.of(headers.get(second).strip(), Visible.NAME) + "»). Det er uklart hvilken som gjelder; "
                + "fjern eller gi nytt navn til den ene.");
    }

    /** The header's names for a message: the first few, each bounded, and how many there are. */
    private static String listed(List<String> headers) {
        List<String> named = headers.stream().filter(h -> !h.isBlank()).toList();
        String shown = named.stream().limit(HEADER_NOTES).map(h -> Visible.of(h.strip(), Visible.NAME))
                .collect(Collectors.joining(", "));
        return named.size() > HEADER_NOTES ? shown + " … (" + Visible.count(named.size()) + " kolonner i alt)" : shown;
    }

    private String missingRequired() {
        return switch (ref.kind()) {
            case SAMLING -> missing(Column.FELT, Column.VERDI);
            case FORVENTNINGER -> missing(Column.KOMMUNE, Column.FORVENTNING);
            case EVALUERING -> has(Column.TERNINGKAST)
                    || has(Column.PARAMETER) && (has(Column.FUNGERTE_BRA) || has(Column.HVORFOR) || has(Column.FORBEDRING))
                    ? null
                    : "Mangler kolonnen «terningkast», eller «parameter» med minst én av «fungerte_bra», «hvorfor» og «forbedring».";
            case RISIKO -> {
                String municipality = missing(Column.KOMMUNE);
                if (municipality != null) {
                    yield municipality;
                }
                yield isLongRisk() || !factorColumns.isEmpty() ? null
                        : "Mangler enten kolonnene «risikofaktor» og «vurdering» eller én kolonne per risikofaktor.";
            }
            case FORANKRING -> missing(Column.KOMMUNE, Column.DATO, Column.FASE);
            case RESULTATER -> has(Column.VERDI) || has(Column.MAAL)
                    ? missing(Column.KOMMUNE, Column.INDIKATOR, Column.DATO)
                    : "Mangler kolonnen «verdi» (eller «maal»).";
            case PROGRAM -> missing(Column.DATO, Column.START, Column.TITTEL);
            case PROSJEKTSTATUS -> has(Column.STATUS) || has(Column.FORVENTET_AVSLUTNING) || has(Column.FORANKRING)
                    || has(Column.RISIKO) || has(Column.GEVINSTER) || has(Column.MAALING)
                    ? missing(Column.KOMMUNE)
                    : "Mangler minst én av kolonnene «status», «forventet avslutning», «forankring», «risiko», "
                            + "«gevinster» og «måling».";
        };
    }

    private String missing(Column... needed) {
        List<String> absent = Arrays.stream(needed).filter(c -> !has(c))
                .map(c -> "«" + c.displayName() + "»").toList();
        if (absent.isEmpty()) {
            return null;
        }
        return (absent.size() == 1 ? "Mangler kolonnen " : "Mangler kolonnene ") + String.join(" og ", absent) + ".";
    }

    private static String required(Kind kind) {
        return switch (kind) {
            case SAMLING -> "Påkrevd: felt og verdi.";
            case FORVENTNINGER -> "Påkrevd: kommune og forventning (valgfri: tema).";
            case EVALUERING -> "Påkrevd: terningkast, eller parameter med fungerte_bra, hvorfor og/eller forbedring "
                    + "(valgfri: respondent, kommune).";
            case RISIKO -> "Påkrevd: kommune, og enten risikofaktor og vurdering eller én kolonne per risikofaktor "
                    + "(valgfri: respondent).";
            case FORANKRING -> "Påkrevd: kommune, dato og fase (valgfri: kommentar).";
            case RESULTATER -> "Påkrevd: kommune, indikator, dato og verdi eller maal (valgfri: skala, kilde).";
            case PROGRAM -> "Påkrevd: dato, start og tittel (valgfri: slutt eller varighet i minutter, foredragsholder, "
                    + "organisasjon, type, beskrivelse).";
            case PROSJEKTSTATUS -> "Påkrevd: kommune og minst én av status, forventet avslutning, forankring, risiko, "
                    + "gevinster og måling.";
        };
    }

    private static String unknownColumnReason(Kind kind, RiskFactors factors) {
        String known = kind.columns().stream().map(Column::displayName).collect(Collectors.joining(", "));
        String text = "Ukjent kolonne, ignorert. Kjente kolonner for " + kind.displayName() + ": " + known;
        if (kind == Kind.RISIKO) {
            text += "; eller en risikofaktor: " + factors.known();
        }
        return text;
    }
}
