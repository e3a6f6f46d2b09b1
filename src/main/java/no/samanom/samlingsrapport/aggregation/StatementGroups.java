package no.samanom.samlingsrapport.aggregation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import no.samanom.samlingsrapport.report.GatheringSummary.Statement;

/**
 * Groups statements that are the same after trimming, folding case and inner whitespace,
 * and ignoring trailing punctuation, and counts the respondents behind each group: one
 * respondent saying the same thing twice counts once.
 */
final class StatementGroups {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\p{Punct}…\\s]+$");
    private static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");

    private final Registry registry;
    private final Map<String, Group> groups = new HashMap<>();

    StatementGroups(Registry registry) {
        this.registry = registry;
    }

    /** @param respondent an id from the registry, or {@link Registry#ANONYMOUS} for a one-row respondent */
    void add(String text, int respondent) {
        Group group = groups.computeIfAbsent(key(text), k -> new Group(registry.nextGroupId(), text.strip()));
        if (respondent == Registry.ANONYMOUS || registry.seen.add(group.id, respondent)) {
            group.count++;
        }
    }

    /** Most frequent first; equally frequent ones in the order they were first seen. */
    List<Statement> ranked() {
        return groups.values().stream()
                .sorted(Comparator.comparingInt((Group g) -> -g.count).thenComparingInt(g -> g.id))
                .map(g -> new Statement(g.text, g.count))
                .toList();
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }

    static String key(String text) {
        String folded = WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(NORWEGIAN);
        return TRAILING_PUNCTUATION.matcher(folded).replaceAll("");
    }

    private static final class Group {
        private final int id;
        private final String text;
        private int count;

        Group(int id, String text) {
            this.id = id;
            this.text = text;
        }
    }

    /** Shared by all groups of a gathering: group ids in order of first sight, and who said what. */
    static final class Registry {
        static final int ANONYMOUS = -1;
        private final PairSet seen = new PairSet();
        private int groups;

        private int nextGroupId() {
            return groups++;
        }
    }
}
