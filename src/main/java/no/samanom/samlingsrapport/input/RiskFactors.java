package no.samanom.samlingsrapport.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fixed list of risk factors a network rates ("Hvor ligger den største risiko?"), in the
 * order of the printed form. Read from {@code templates/risikofaktorer.txt}: one factor per
 * line, aliases after "|", "#" starts a comment. Names match like column headers.
 */
public final class RiskFactors {

    private final List<String> names;
    private final Map<String, String> byKey = new LinkedHashMap<>();

    private RiskFactors(List<String> names, Map<String, String> byKey) {
        this.names = List.copyOf(names);
        this.byKey.putAll(byKey);
    }

    public static RiskFactors parse(String text) {
        List<String> names = new ArrayList<>();
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String line : text.split("\\R")) {
            String content = line.replaceFirst("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] parts = content.split("\\|");
            String name = parts[0].strip();
            names.add(name);
            for (String part : parts) {
                byKey.putIfAbsent(Names.headingKey(part), name);
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("Listen over risikofaktorer er tom.");
        }
        return new RiskFactors(names, byKey);
    }

    public static RiskFactors of(String... names) {
        return parse(String.join("\n", names));
    }

    /** The canonical factor name for a header or cell text, if it is one of ours. */
    public Optional<String> match(String text) {
        return Optional.ofNullable(byKey.get(Names.headingKey(text)));
    }

    public List<String> names() {
        return names;
    }

    /** For messages: "Manglende engasjement, Økonomiske utfordringer, ...". */
    public String known() {
        return String.join(", ", names);
    }
}
