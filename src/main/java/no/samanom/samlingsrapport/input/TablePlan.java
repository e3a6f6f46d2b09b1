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
 */
public record TablePlan(TableRef ref, int headerLine, List<String> headers,
                        Map<Column, Integer> columns, Map<Integer, String> factorColumns) {

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
     * Matches a header. Unknown columns are ignored and noted in {@code notes}; a table
     * without its required columns is rejected with a message saying what is needed.
     */
    public static TablePlan match(TableRef ref, List<String> headers, int headerLine, RiskFactors factors,
                                  List<Deviation> notes) throws InputFileException {
        if (headers.isEmpty()) {
            throw new InputFileException("Tabellen er tom: fant ingen overskriftsrad. "
                    + required(ref.kind()));
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        Map<Integer, String> factorColumns = new LinkedHashMap<>();
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            if (header.isBlank()) {
                continue;
            }
            int index = i;
            var column = ref.kind().columns().stream().filter(c -> c.matches(header)).findFirst();
            if (column.isPresent()) {
                if (columns.putIfAbsent(column.get(), i) != null) {
                    notes.add(new Deviation(ref.file(), ref.sheet(), headerLine, header.strip(), "",
                            "Kolonnen finnes to ganger; bare den første (kolonne " + (columns.get(column.get()) + 1)
                                    + ") brukes", Consequence.NOTE));
                }
            } else if (ref.kind() == Kind.RISIKO && factors.match(header).isPresent()) {
                factorColumns.put(index, factors.match(header).get());
            } else {
                unknown.add(i);
            }
        }
        TablePlan plan = new TablePlan(ref, headerLine, List.copyOf(headers), columns, factorColumns);
        String missing = plan.missingRequired();
        if (missing != null) {
            throw new InputFileException(missing + " " + required(ref.kind()) + " Kolonnene i filen er: "
                    + headers.stream().filter(h -> !h.isBlank()).map(String::strip).collect(Collectors.joining(", "))
                    + ".");
        }
        if (plan.isLongRisk() && !factorColumns.isEmpty()) {
            factorColumns.keySet().forEach(unknown::add);
            factorColumns.clear();
        }
        for (int i : unknown) {
            notes.add(new Deviation(ref.file(), ref.sheet(), headerLine, headers.get(i).strip(), "",
                    unknownColumnReason(ref.kind(), factors), Consequence.NOTE));
        }
        return plan;
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
