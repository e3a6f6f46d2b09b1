package no.samanom.samlingsrapport.aggregation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow.MetaRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.MetaField;
import no.samanom.samlingsrapport.report.GatheringSummary.GatheringInfo;
import no.samanom.samlingsrapport.report.GatheringSummary.NextGathering;

/**
 * What the `samling` table says: the title block and the next gathering. A field given twice with
 * different values keeps the first, and an end date before its start is dropped, each with a
 * deviation; themes and notes may repeat.
 */
final class GatheringFacts {

    private final Consumer<Deviation> late;
    private final Map<MetaField, MetaRow> fields = new EnumMap<>(MetaField.class);
    /** The repeatable fields' values (themes, the next gathering's themes and notes), in order. */
    private final Map<MetaField, List<String>> lists = new EnumMap<>(MetaField.class);

    /** @param late where the deviations only the whole table reveals go */
    GatheringFacts(Consumer<Deviation> late) {
        this.late = late;
    }

    void add(MetaRow row) {
        if (row.field().repeatable()) {
            lists.computeIfAbsent(row.field(), f -> new ArrayList<>()).add(row.value());
            return;
        }
        MetaRow first = fields.putIfAbsent(row.field(), row);
        if (first != null && !first.value().equals(row.value())) {
            late.accept(Deviation.at(row.origin(), "verdi", row.value(), "Feltet «" + row.field().displayName()
                    + "» er gitt før (" + first.origin().describe() + ": «" + first.value() + "»); den første verdien brukes",
                    Consequence.VALUE_DROPPED));
        }
    }

    boolean has(MetaField field) {
        return fields.containsKey(field);
    }

    /** The title block; call once, since a bad end date is noted each time. */
    GatheringInfo info(String id) {
        return new GatheringInfo(id, value(MetaField.TITTEL, id), value(MetaField.NETTVERK, null),
                fields.containsKey(MetaField.NUMMER) ? Integer.valueOf(fields.get(MetaField.NUMMER).value()) : null,
                date(MetaField.FRA), until(MetaField.FRA, MetaField.TIL), value(MetaField.STED, null),
                list(MetaField.TEMA), value(MetaField.SPRAAK, null));
    }

    /** The next gathering, numbered after this one; call once, as {@link #info}. */
    NextGathering next(GatheringInfo info) {
        return new NextGathering(info.number() == null ? null : info.number() + 1, date(MetaField.NESTE_FRA),
                until(MetaField.NESTE_FRA, MetaField.NESTE_TIL), value(MetaField.NESTE_STED, null),
                list(MetaField.NESTE_TEMA), list(MetaField.NESTE_MERKNAD));
    }

    /** The end date, dropped with a deviation when it is before the start, so that a title never says "19.–18. mars". */
    private LocalDate until(MetaField fromField, MetaField toField) {
        LocalDate from = date(fromField);
        LocalDate to = date(toField);
        if (from != null && to != null && to.isBefore(from)) {
            MetaRow end = fields.get(toField);
            late.accept(Deviation.at(end.origin(), "verdi", end.value(), "Sluttdatoen «" + toField.displayName()
                    + "» er før startdatoen «" + fromField.displayName() + "» (" + fields.get(fromField).value()
                    + "); sluttdatoen er utelatt", Consequence.VALUE_DROPPED));
            return null;
        }
        return to;
    }

    private List<String> list(MetaField field) {
        return List.copyOf(lists.getOrDefault(field, List.of()));
    }

    private String value(MetaField field, String fallback) {
        return fields.containsKey(field) ? fields.get(field).value() : fallback;
    }

    private LocalDate date(MetaField field) {
        return fields.containsKey(field) ? LocalDate.parse(fields.get(field).value()) : null;
    }
}
