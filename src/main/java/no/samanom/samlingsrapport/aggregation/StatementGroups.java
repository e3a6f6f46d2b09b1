package no.samanom.samlingsrapport.aggregation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import no.samanom.samlingsrapport.report.GatheringSummary.Statement;

/**
 * Groups statements that are the same after trimming, folding case and inner whitespace,
 * and ignoring trailing punctuation, and counts the respondents behind each group: one
 * respondent saying the same thing twice counts once.
 */
public final class StatementGroups {


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

    /** One pass, no regular expressions: this runs once per statement, millions of times. */
    public static String key(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || isPunctuation(text.charAt(end - 1))
                || text.charAt(end - 1) == '\u00A0')) {
            end--;
        }
        StringBuilder key = new StringBuilder(end);
        boolean space = false;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }

    private static boolean isPunctuation(char c) {
        return c < 128 ? !Character.isLetterOrDigit(c) && c > ' ' : c == '…';
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
