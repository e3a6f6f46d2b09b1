package no.samanom.samlingsrapport.input;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.samanom.samlingsrapport.support.Language;

/**
 * What a result indicator's value means: bands from a lower bound up, each with a name in the
 * three report languages and a colour, read from {@code templates/indikatorbaand.csv}
 * ("indikator;fra;nb;nn;en;farge;kilde", "#" starting a comment). Indicators match like column
 * names. A line the job cannot read stops the run with a message naming it, as a broken list of
 * risk factors does: the bands are the network's own, not a coordinator's input.
 */
public final class IndicatorBands {

    public static final IndicatorBands NONE = new IndicatorBands(Map.of(), Map.of());
    private static final String GREY = "#EEEEEE";

    private final Map<String, List<Band>> byIndicator;
    private final Map<String, String> sources;

    private IndicatorBands(Map<String, List<Band>> byIndicator, Map<String, String> sources) {
        this.byIndicator = byIndicator;
        this.sources = sources;
    }

    /**
     * One band: the values from {@code from} up to the next band's lower bound.
     *
     * @param colour "#RRGGBB", drawn behind the indicator's chart
     */
    public record Band(BigDecimal from, String nb, String nn, String en, String colour) {

        public String label(Language language) {
            return switch (language) {
                case NB -> nb;
                case NN -> nn;
                case EN -> en;
            };
        }
    }

    /** @param file the file's name, for messages */
    public static IndicatorBands parse(String text, String file) {
        Map<String, List<Band>> byIndicator = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        String[] lines = text.replace("\uFEFF", "").split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String[] fields = line.split(";", -1);
            if (line.isEmpty() || line.startsWith("#") || Names.key(fields[0]).equals("indikator")) {
                continue; // a comment, or the header
            }
            String where = file + ", linje " + (i + 1) + ": ";
            if (fields.length < 3 || fields[0].isBlank() || fields[2].isBlank()) {
                throw new IllegalArgumentException(where + "skriv indikator;fra;navn på bokmål (og gjerne nynorsk, "
                        + "engelsk, farge og kilde), skilt med semikolon.");
            }
            BigDecimal from = Values.decimal(fields[1]).orElseThrow(() -> new IllegalArgumentException(where
                    + "«" + Visible.of(fields[1].strip(), Visible.VALUE) + "» er ikke et tall; skriv bandets nedre grense, som 70."));
            String nb = fields[2].strip();
            String colour = field(fields, 5, GREY);
            if (!colour.matches("#[0-9A-Fa-f]{6}")) {
                throw new IllegalArgumentException(where + "fargen «" + Visible.of(colour, Visible.VALUE)
                        + "» skal skrives som #RRGGBB, for eksempel #E2EFDA.");
            }
            String key = Names.key(fields[0]);
            List<Band> bands = byIndicator.computeIfAbsent(key, k -> new ArrayList<>());
            if (bands.stream().anyMatch(b -> b.from().compareTo(from) == 0)) {
                throw new IllegalArgumentException(where + "indikatoren har alt et bånd fra " + from.toPlainString() + ".");
            }
            bands.add(new Band(from, nb, field(fields, 3, nb), field(fields, 4, nb), colour.toUpperCase(Locale.ROOT)));
            String source = field(fields, 6, "");
            if (!source.isEmpty()) {
                sources.putIfAbsent(key, source);
            }
        }
        byIndicator.values().forEach(bands -> bands.sort(Comparator.comparing(Band::from)));
        return new IndicatorBands(byIndicator, sources);
    }

    private static String field(String[] fields, int index, String fallback) {
        return index < fields.length && !fields[index].isBlank() ? fields[index].strip() : fallback;
    }

    /** The indicator's bands, lowest first; none when the file has none for it. */
    public List<Band> of(String indicator) {
        return List.copyOf(byIndicator.getOrDefault(Names.key(indicator), List.of()));
    }

    /** Where the indicator's bands come from, as the file names it. */
    public Optional<String> source(String indicator) {
        return Optional.ofNullable(sources.get(Names.key(indicator)));
    }

    /** The band a value falls in: the one with the greatest lower bound at or below it; none below the lowest. */
    public static Optional<Band> of(List<Band> bands, BigDecimal value) {
        return bands.stream().filter(b -> b.from().compareTo(value) <= 0).reduce((a, b) -> b);
    }
}
