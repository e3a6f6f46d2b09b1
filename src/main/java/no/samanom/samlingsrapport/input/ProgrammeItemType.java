package no.samanom.samlingsrapport.input;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a programme item is, as the `type` column names it; breaks and meals are drawn lighter in the timetable. */
public enum ProgrammeItemType {
    FOREDRAG(List.of("foredrag", "føredrag", "innlegg", "talk", "lecture", "presentation"), List.of()),
    GRUPPEARBEID(List.of("gruppearbeid", "workshop", "group work"), List.of()),
    PAUSE(List.of("pause", "break"), List.of("pause", "kaffepause", "kaffe", "break", "coffee")),
    MAALTID(List.of("måltid", "maaltid", "meal"),
            List.of("lunsj", "lunch", "middag", "dinner", "frokost", "breakfast", "måltid")),
    SOSIALT(List.of("sosialt", "sosial", "social"), List.of());

    private final List<String> names;
    /** A title's first word that says what the item is when the `type` column does not: "Pause med utsjekk", "Lunsj". */
    private final List<String> titleWords;

    ProgrammeItemType(List<String> names, List<String> titleWords) {
        this.names = names;
        this.titleWords = titleWords;
    }

    public String displayName() {
        return names.get(0);
    }

    /** A break or a meal: the programme goes on around it. */
    public boolean isBreak() {
        return this == PAUSE || this == MAALTID;
    }

    /** The type a `type` cell names, matched like column names. */
    static Optional<ProgrammeItemType> parse(String text) {
        String key = Names.key(text);
        return Arrays.stream(values()).filter(t -> t.names.stream().anyMatch(n -> Names.key(n).equals(key))).findFirst();
    }

    /** A break or a meal when the title begins with one ("Pause med utsjekk", "Lunsj og avrunding"); else none. */
    static Optional<ProgrammeItemType> ofTitle(String title) {
        String first = Names.key(title.strip().split("[\\s,.:;–-]+", 2)[0]);
        return Arrays.stream(values()).filter(t -> t.titleWords.stream().anyMatch(w -> Names.key(w).equals(first)))
                .findFirst();
    }

    /** "foredrag, gruppearbeid, pause, måltid, sosialt", for messages. */
    static String accepted() {
        return String.join(", ", Arrays.stream(values()).map(ProgrammeItemType::displayName).toList());
    }
}
