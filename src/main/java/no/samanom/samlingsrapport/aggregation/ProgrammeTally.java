package no.samanom.samlingsrapport.aggregation;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import no.samanom.samlingsrapport.input.Consequence;
import no.samanom.samlingsrapport.input.DataRow.ProgrammeRow;
import no.samanom.samlingsrapport.input.Deviation;
import no.samanom.samlingsrapport.input.Names;
import no.samanom.samlingsrapport.input.Origin;
import no.samanom.samlingsrapport.input.Visible;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeDay;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeItem;
import no.samanom.samlingsrapport.report.GatheringSummary.ProgrammeSection;

/**
 * The gathering's programme as a timetable per day, in the order the coordinator gave it. What
 * only the whole programme shows becomes a deviation, never a silent repair: an item that starts
 * before the one before it, one that starts before an earlier item has ended, one outside the
 * gathering's dates.
 */
final class ProgrammeTally {

    /** No gathering has more; a table of thousands of items is an accident, and every item is kept in memory. */
    static final int MOST_ITEMS = 300;

    private final Consumer<Deviation> late;
    private final Map<LocalDate, List<Item>> days = new TreeMap<>();
    private int items;
    private int leftOut;
    private Origin firstLeftOut;

    /** @param late where the deviations only the whole programme reveals go */
    ProgrammeTally(Consumer<Deviation> late) {
        this.late = late;
    }

    private record Item(Origin origin, ProgrammeItem item) {
    }

    void add(ProgrammeRow row) {
        if (items == MOST_ITEMS) {
            leftOut++;
            if (firstLeftOut == null) {
                firstLeftOut = row.origin();
            }
            return;
        }
        items++;
        boolean light = row.type() != null && row.type().isBreak();
        days.computeIfAbsent(row.date(), d -> new ArrayList<>()).add(new Item(row.origin(), new ProgrammeItem(row.date(),
                row.start(), row.end(), row.title(), row.speaker(), row.organisation(), row.type(), row.description(),
                light)));
    }

    /**
     * The timetable, after noting what is out of order, overlapping or outside the gathering's
     * dates (either may be null when not known).
     */
    ProgrammeSection build(LocalDate from, LocalDate to) {
        if (leftOut > 0) {
            late.accept(Deviation.at(firstLeftOut, "tittel", "", "Programmet har flere enn " + MOST_ITEMS + " punkter; "
                    + "dette og de " + Visible.count(leftOut - 1L) + " neste er utelatt", Consequence.VALUE_DROPPED));
        }
        List<ProgrammeDay> section = new ArrayList<>();
        for (Map.Entry<LocalDate, List<Item>> day : days.entrySet()) {
            check(day.getValue());
            LocalDate date = day.getKey();
            if (from != null && date.isBefore(from) || to != null && date.isAfter(to)
                    || from != null && to == null && !date.equals(from)) {
                Item first = day.getValue().get(0);
                late.accept(Deviation.at(first.origin(), "dato", date.toString(), "Datoen er utenfor samlingens datoer ("
                        + dates(from, to) + "); punktene vises likevel", Consequence.NOTE));
            }
            section.add(new ProgrammeDay(date, day.getValue().stream().map(Item::item).toList()));
        }
        return new ProgrammeSection(section);
    }

    private static String dates(LocalDate from, LocalDate to) {
        if (from == null) {
            return "til " + to;
        }
        return to == null || to.equals(from) ? from.toString() : from + "–" + to;
    }

    /** Each item against those before it the same day: it starts after the one before it, and after all have ended. */
    private void check(List<Item> day) {
        Item previous = null;
        Item lastToEnd = null;
        for (Item item : day) {
            LocalTime start = item.item().start();
            if (previous != null && start.isBefore(previous.item().start())) {
                late.accept(Deviation.at(item.origin(), "start", start.toString(), "Punktet starter før punktet foran ("
                        + describe(previous) + "); programmet vises i den rekkefølgen det er skrevet, så rett "
                        + "tiden eller flytt raden", Consequence.NOTE));
            } else if (lastToEnd != null && start.isBefore(end(lastToEnd))) {
                late.accept(Deviation.at(item.origin(), "start", start.toString(), "Punktet overlapper «"
                        + title(lastToEnd) + "» (" + describe(lastToEnd) + "), som ikke er slutt før "
                        + end(lastToEnd) + "; rett start- eller sluttiden", Consequence.NOTE));
            } else if (previous != null && start.equals(previous.item().start())) {
                late.accept(Deviation.at(item.origin(), "start", start.toString(), "Punktet starter samtidig med «"
                        + title(previous) + "» (" + describe(previous) + "); rett en av starttidene",
                        Consequence.NOTE));
            }
            if (item.item().end() != null && (lastToEnd == null || item.item().end().isAfter(end(lastToEnd)))) {
                lastToEnd = item;
            }
            previous = item;
        }
    }

    /** The other item's title in a message, bounded like any value quoted. */
    private static String title(Item item) {
        return Visible.of(item.item().title(), Visible.VALUE);
    }

    private static LocalTime end(Item item) {
        return item.item().end();
    }

    private static String describe(Item item) {
        ProgrammeItem i = item.item();
        return item.origin().describe() + ", " + i.start() + (i.end() != null ? "–" + i.end() : "");
    }

    /**
     * The items whose title is this text, folding case, accents, spaces and punctuation: the items an
     * evaluation parameter is about.
     */
    static Map<String, List<ProgrammeItem>> byTitle(ProgrammeSection programme) {
        Map<String, List<ProgrammeItem>> titles = new LinkedHashMap<>();
        programme.days().forEach(day -> day.items().forEach(item ->
                titles.computeIfAbsent(titleKey(item.title()), k -> new ArrayList<>()).add(item)));
        return titles;
    }

    static String titleKey(String text) {
        return Names.key(text).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
